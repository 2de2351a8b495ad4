import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { FontStyle } from './theme';

/*
 * The PDF's fonts: Noto Sans (Latin, Greek and Cyrillic) as TTF files from the
 * @expo-google-fonts/noto-sans package, a runtime dependency. They are resolved from node_modules
 * where the code runs (the built main process and the tests alike), and embedded as subsets.
 *
 * Parsing a font's tables is a large part of a render, so each font is parsed once per process
 * (per path, or per buffer) and the parsed font is handed to pdfkit for every render after.
 */

export type FontSource = string | Uint8Array;
export type PdfFonts = Readonly<Record<FontStyle, FontSource>>;

const fontPackage = '@expo-google-fonts/noto-sans';

const fontFiles: Readonly<Record<FontStyle, string>> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  semibold: '600SemiBold/NotoSans_600SemiBold.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
};

/** Where the bundled TTF files are on this machine. */
export function bundledFontPaths(): PdfFonts {
  const require = createRequire(import.meta.url);
  const entries = Object.entries(fontFiles).map(([style, file]) => [style, require.resolve(`${fontPackage}/${file}`)]);
  return Object.fromEntries(entries) as PdfFonts;
}

/** The bundled fonts read into memory, for renders that should not touch the disk. */
export async function loadBundledFonts(): Promise<PdfFonts> {
  const paths = bundledFontPaths();
  const entries = await Promise.all(
    Object.entries(paths).map(async ([style, path]) => [style, new Uint8Array(await readFile(path as string))] as const),
  );
  return Object.fromEntries(entries) as PdfFonts;
}

const parsedByPath = new Map<string, fontkit.Font>();
const parsedByBuffer = new WeakMap<Uint8Array, fontkit.Font>();

/** The parsed font of a source, parsed on first use. Throws when the file is missing or not a font. */
export function parsedFont(source: FontSource): fontkit.Font {
  if (typeof source === 'string') {
    let font = parsedByPath.get(source);
    if (!font) {
      font = fontkit.create(readFileSync(source));
      parsedByPath.set(source, font);
    }
    return font;
  }
  let font = parsedByBuffer.get(source);
  if (!font) {
    font = fontkit.create(source);
    parsedByBuffer.set(source, font);
  }
  return font;
}
