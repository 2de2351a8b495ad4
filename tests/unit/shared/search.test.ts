import { describe, expect, it } from 'vitest';
import { findInWorkbook, searchEntries } from '../../../src-main/shared/search';
import { generateWorkbook } from '../../../bench/generate-workbook';
import type { WorkbookSnapshot } from '../../../src-main/shared/workbook';

const stamp = '2026-03-02T10:00:00.000Z';
const base = generateWorkbook({ sizes: { skills: 0, learningActions: 0, experiences: 0, customValues: 0, people: 0, interactions: 0, paths: 0, milestones: 0, reviews: 0, roleChecks: 0 } });

function workbook(overrides: Partial<WorkbookSnapshot>): WorkbookSnapshot {
  return { ...base, vision: null, valueSorts: [], ...overrides };
}

const person = { roles: [], organisation: 'Nörthwind Freight', title: 'Head of data', howWeMet: '', canHelpWith: [], contact: '', cadenceDays: null, lastContact: null, notes: '', createdAt: stamp, updatedAt: stamp };

describe('searching the workbook', () => {
  const snapshot = workbook({
    people: [{ ...person, id: 'amira', name: 'Amira Ñandú' }],
    interactions: [{ id: 'talk', personId: 'amira', date: '2026-05-01', kind: 'meeting', summary: 'Talked about the PRODUCT role', notes: '', followUp: null, createdAt: stamp, updatedAt: stamp }],
    skills: [{ id: 'sql', name: 'SQL', category: 'technical', proficiency: 3, enjoyment: 4, targetLevel: 4, notes: 'window functions', evidence: [], order: 0, createdAt: stamp, updatedAt: stamp }],
    learningActions: [
      { id: 'course', skillId: 'sql', kind: 'course', title: 'Advanced SQL for product analysts', provider: '', status: 'planned', dueDate: null, cost: null, hours: null, expiresOn: null, notes: '', createdAt: stamp, updatedAt: stamp },
    ],
  });
  const entries = searchEntries(snapshot);

  it('finds by any word, in any order, case and accents aside, grouped by section in sidebar order', () => {
    const groups = findInWorkbook(entries, 'product');
    expect(groups.map((group) => group.section)).toEqual(['skills', 'people']);
    expect(groups[0]?.entries.map((found) => [found.title, found.item, found.detail])).toEqual([['Advanced SQL for product analysts', 'sql', 'Learning for SQL']]);
    expect(groups[1]?.entries.map((found) => [found.title, found.item])).toEqual([['Talked about the PRODUCT role', 'amira']]);
    expect(findInWorkbook(entries, 'nandu AMIRA')[0]?.entries.map((found) => found.title)).toEqual(['Amira Ñandú']);
    expect(findInWorkbook(entries, 'northwind')[0]?.entries.map((found) => found.detail)).toEqual(['Head of data, Nörthwind Freight']);
    expect(findInWorkbook(entries, 'window functions')[0]?.entries[0]?.title).toBe('SQL');
  });

  it('finds nothing for an empty query or words that are nowhere', () => {
    expect(findInWorkbook(entries, '   ')).toEqual([]);
    expect(findInWorkbook(entries, 'product zebra')).toEqual([]);
  });

  it('keeps the first few of a long group and says how many there are', () => {
    const people = Array.from({ length: 12 }, (_, index) => ({ ...person, id: `p${index}`, name: `Person ${index}` }));
    const groups = findInWorkbook(searchEntries(workbook({ people })), 'person', 5);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.total).toBe(12);
    expect(groups[0]?.entries).toHaveLength(5);
  });

  it('covers every section of a full workbook', () => {
    const full = generateWorkbook({ seed: 3, deckValueIds: ['autonomy'] });
    const sections = new Set(searchEntries(full).map((found) => found.section));
    expect([...sections].sort()).toEqual(['experience', 'job-or-career', 'milestones', 'paths', 'people', 'reviews', 'skills', 'values', 'vision'].sort());
  });
});
