import { z } from './zod';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

/** The review cadences offered: monthly, quarterly, twice a year, yearly. */
export const reviewCadenceMonths = [1, 3, 6, 12] as const;
export type ReviewCadence = (typeof reviewCadenceMonths)[number];

/** App-wide preferences (not part of any workbook). */
export const settingsSchema = z.object({
  theme: z.enum(themePreferences),
  /** BCP 47 tag used by Intl for dates and numbers. */
  locale: z
    .string()
    .min(2)
    .max(35)
    .refine((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    }, 'must be a language tag like en-GB'),
  /** ISO 4217 code used for costs. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code like EUR'),
  /** How often a review is due, in months. */
  reviewEveryMonths: z.literal(reviewCadenceMonths, { message: 'must be 1, 3, 6 or 12 months' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system', locale: 'en-GB', currency: 'EUR', reviewEveryMonths: 3 };
