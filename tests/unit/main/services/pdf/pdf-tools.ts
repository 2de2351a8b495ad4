import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPlanPdf, type PlanPdfOptions } from '../../../../../src-main/services/pdf';
import { bundledFontPaths } from '../../../../../src-main/services/pdf/fonts';
import { readWorkbookBytes } from '../../../../../src-main/shared/workbook-file-read';
import type { WorkbookSnapshot } from '../../../../../src-main/shared/workbook';

/*
 * Reading rendered plans back the way a person's tools would: poppler's pdftotext, pdfinfo and
 * pdffonts, pdftoppm for pictures to look at, and pdf.js for the outline and the tag structure.
 */

/** The day the sample workbook was written, as the render's clock. */
export const sampleNow = new Date('2026-11-30T10:00:00Z');
export const artifactsDir = join(process.cwd(), 'test-results', 'pdf');

export function sampleSnapshot(): WorkbookSnapshot {
  const read = readWorkbookBytes(readFileSync(join(process.cwd(), 'resources/samples/maya-okafor.waypoint')));
  if (read.status !== 'ok') throw new Error(read.message);
  return read.snapshot;
}

export async function render(snapshot: unknown, options: Partial<PlanPdfOptions> = {}): Promise<Uint8Array> {
  const result = await renderPlanPdf(snapshot, { paper: 'a4', share: false, now: sampleNow, fonts: bundledFontPaths(), ...options });
  if (result.status !== 'ok') throw new Error(`The render did not succeed: ${JSON.stringify(result)}`);
  return result.bytes;
}

const scratch = mkdtempSync(join(tmpdir(), 'waypoint-pdf-'));
let files = 0;

function tempFile(bytes: Uint8Array): string {
  files += 1;
  const path = join(scratch, `plan-${files}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The text of the plan (or of some pages), with every run of white space made one space. With
 * `layout`, pdftotext keeps each line of the page together, so a table row reads as one line.
 */
export function textOf(bytes: Uint8Array, pages?: { first: number; last: number }, layout = false): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return run('pdftotext', [...range, ...(layout ? ['-layout'] : []), tempFile(bytes), '-']).replace(/\s+/gu, ' ');
}

/** The text page by page, as pdftotext reads it. */
export function pagesOf(bytes: Uint8Array): string[] {
  return run('pdftotext', [tempFile(bytes), '-'])
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/gu, ' ').trim());
}

export function infoOf(bytes: Uint8Array): Record<string, string> {
  const lines = run('pdfinfo', ['-isodates', tempFile(bytes)]).split('\n');
  return Object.fromEntries(lines.filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** pdffonts' table: one row per font, with whether it is embedded. */
export function fontsOf(bytes: Uint8Array): Array<{ name: string; embedded: boolean }> {
  return run('pdffonts', [tempFile(bytes)])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/u);
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

/** Writes the first pages as PNG into test-results/pdf/ to look at; returns their paths. */
export function picturesOf(bytes: Uint8Array, name: string, pages: number): string[] {
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(join(artifactsDir, `${name}.pdf`), bytes);
  const prefix = join(artifactsDir, name);
  for (const old of readdirSync(artifactsDir)) if (old.startsWith(`${name}-`)) rmSync(join(artifactsDir, old));
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), join(artifactsDir, `${name}.pdf`), prefix]);
  return readdirSync(artifactsDir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => join(artifactsDir, file));
}

export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  children: StructNode[];
}

type RawNode = { role?: string; alt?: string; lang?: string; children?: RawNode[]; type?: string };

function toNode(raw: RawNode): StructNode {
  return {
    role: raw.role ?? raw.type ?? '',
    ...(raw.alt === undefined ? {} : { alt: raw.alt }),
    ...(raw.lang === undefined ? {} : { lang: raw.lang }),
    children: (raw.children ?? []).filter((child) => child.role !== undefined).map(toNode),
  };
}

export interface ReadBack {
  pages: number;
  outline: string[];
  /** The structure tree of every page, read by pdf.js (the tree of each page holds the elements with content on it). */
  structure: StructNode[];
  language: string | null;
  /** Per page, the text runs with their size and their distance from the top of the page. */
  runs: Array<Array<{ text: string; size: number; top: number }>>;
}

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const outline = ((await document.getOutline()) ?? []).map((item: { title: string }) => item.title);
  const structure: StructNode[] = [];
  const runs: ReadBack['runs'] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const tree = (await page.getStructTree()) as RawNode | null;
    if (tree) structure.push(toNode(tree));
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    runs.push(
      content.items
        .filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item && item.str.trim() !== '')
        .map((item) => ({ text: item.str, size: Math.abs(item.transform[3] ?? 0), top: height - (item.transform[5] ?? 0) })),
    );
  }
  const metadata = await document.getMetadata();
  const language = (metadata.info as { Language?: string }).Language ?? null;
  const pages = document.numPages;
  await document.destroy();
  return { pages, outline, structure, language, runs };
}

export function flatten(nodes: readonly StructNode[]): StructNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}
