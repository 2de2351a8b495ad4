import { defaultSettings, type Settings } from '@shared/settings';
import type { Repositories, WriteResult } from '../db';
import type { Writer } from './writer.svelte';
import { LiveQuery } from './live-query.svelte';
import { host } from '../host';

/** App-wide preferences, applied to the document (theme) and to formatting (locale, currency). */
export class SettingsState {
  readonly #live: LiveQuery<Settings>;

  constructor(
    private readonly repositories: Repositories,
    private readonly writer: Writer,
  ) {
    this.#live = new LiveQuery(
      () => undefined,
      () => repositories.settings.get(),
      defaultSettings,
    );
    // Derived, so changing the locale or currency does not resend the theme to the host.
    const theme = $derived(this.value.theme);
    const locale = $derived(this.value.locale);
    $effect(() => {
      if (theme === 'system') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
      void host.setThemeSource(theme);
    });
    $effect(() => {
      document.documentElement.lang = locale;
    });
  }

  get value(): Settings {
    return this.#live.current;
  }

  update(patch: Partial<Settings>): Promise<WriteResult<Settings>> {
    return this.writer.write(() => this.repositories.settings.update(patch), { serial: 'settings' });
  }
}
