/*
 * The look of the printed plan: one accent colour, neutral greys, one type scale, generous margins.
 * Sizes are in PDF points (1/72 inch).
 */

export const colours = {
  text: '#1f2328',
  muted: '#5b6470',
  faint: '#8a929c',
  rule: '#d5dae0',
  wash: '#f3f5f7',
  accent: '#1d6a72',
  accentWash: '#e4f0f1',
  accentSoft: '#9cc7cb',
  warning: '#9a5b00',
} as const;

export const fontNames = {
  regular: 'Waypoint-Regular',
  italic: 'Waypoint-Italic',
  semibold: 'Waypoint-SemiBold',
  bold: 'Waypoint-Bold',
} as const;
export type FontStyle = keyof typeof fontNames;

export const type = {
  title: 30,
  h1: 20,
  h2: 13.5,
  h3: 11,
  body: 10,
  small: 8.5,
  tiny: 7.5,
} as const;

/** Extra space between lines of body text, so lines read at about 1.45 times the size. */
export const lineGap = 3.2;

export const space = {
  /** Page margins around the text column (header and footer sit inside the top and bottom margins). */
  side: 64,
  top: 78,
  bottom: 72,
  paragraph: 7,
  block: 16,
} as const;
