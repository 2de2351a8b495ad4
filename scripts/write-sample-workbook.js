// @ts-check
/*
 * Writes the bundled sample workbook, resources/samples/maya-okafor.waypoint, from the parts in
 * scripts/sample-workbook/. Run it after changing them (or the model):
 *
 *   node scripts/write-sample-workbook.js
 *
 * tests/unit/resources/sample-workbook.test.ts checks that the file is what this writes, and valid.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { experiences, reviews } from './sample-workbook/record.js';
import { interactions, people } from './sample-workbook/people.js';
import { milestones, paths } from './sample-workbook/plan.js';
import { customValues, learningActions, owner, roleChecks, skills, valueSorts, vision } from './sample-workbook/self-knowledge.js';
import { stamped } from './sample-workbook/stamps.js';

export const sampleWorkbookPath = resolve(import.meta.dirname, '../resources/samples/maya-okafor.waypoint');

/** When the sample was written; its dates are chosen around this day. */
const writtenOn = '2026-11-30';

/** The sample in the workbook file envelope, as plain data (the key order of a snapshot: registry order). */
export function sampleWorkbookFile() {
  return {
    format: 'waypoint-workbook',
    version: 1,
    exportedAt: `${writtenOn}T10:00:00.000Z`,
    app: { name: 'Waypoint', version: '0.1.0' },
    workbook: {
      workbook: { id: 'sample-maya-okafor', title: 'Maya Okafor (sample)', owner, ...stamped('2025-11-02', writtenOn) },
      vision,
      roleChecks,
      skills,
      learningActions,
      customValues,
      valueSorts,
      people,
      interactions,
      paths,
      milestones,
      experiences,
      reviews,
    },
  };
}

/** The file's text: two-space JSON with a final newline, so a rewrite with no change leaves no diff. */
export function sampleWorkbookText() {
  return `${JSON.stringify(sampleWorkbookFile(), null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(sampleWorkbookPath, sampleWorkbookText());
  console.log(`Wrote ${sampleWorkbookPath}`);
}
