/** Locales and currencies offered in Settings; names come from Intl so they read naturally. */
export const localeChoices = [
  'en-GB',
  'en-US',
  'en-AU',
  'en-CA',
  'en-IN',
  'de-DE',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'tr-TR',
  'ja-JP',
  'ko-KR',
  'zh-CN',
] as const;

export const currencyChoices = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'INR',
  'JPY',
  'CNY',
  'KRW',
  'BRL',
  'MXN',
  'ZAR',
  'SGD',
  'TRY',
] as const;

export function localeName(tag: string, displayLocale: string): string {
  const name = new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag);
  return name ? `${name} (${tag})` : tag;
}

export function currencyName(code: string, displayLocale: string): string {
  const name = new Intl.DisplayNames([displayLocale], { type: 'currency' }).of(code);
  return name ? `${name} (${code})` : code;
}
