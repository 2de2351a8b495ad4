import { afterEach, describe, expect, it } from 'vitest';
import { WorkbookSearch } from '../../../src-renderer/state/workbook-search.svelte';
import { build, expectSaved } from '../db/helpers';
import { createTestApp, type TestApp } from './harness';

let test: TestApp | undefined;
afterEach(() => test?.dispose());

async function searchOnSeededWorkbook() {
  test = await createTestApp('Search me');
  const { repositories, workbookId } = test;
  const amira = expectSaved(await repositories.people.create(workbookId, build.people({ name: 'Amira Ñandú', organisation: 'Northwind' })));
  expectSaved(await repositories.people.create(workbookId, build.people({ name: 'Ben Okafor', organisation: 'NORTHWIND labs' })));
  const sql = expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'SQL at Northwind', category: 'technical' })));
  for (let index = 0; index < 6; index += 1) {
    expectSaved(await repositories.milestones.create(workbookId, build.milestones({ title: `Northwind step ${index}` })));
  }
  const search = test.within(() => new WorkbookSearch(test!.app.repositories));
  await search.load(workbookId);
  return { search, amira, sql, workbookId, repositories };
}

describe('WorkbookSearch', () => {
  it('reads the workbook once and groups matches by section, case and accents aside, with routes to the items', async () => {
    const { search, amira, sql } = await searchOnSeededWorkbook();
    expect(search.loading).toBe(false);
    search.setQuery('nandu');
    expect(search.options).toEqual([
      expect.objectContaining({ kind: 'match', title: 'Amira Ñandú', detail: 'Northwind', route: { page: 'section', section: 'people', item: amira.id } }),
    ]);
    expect(search.summary).toBe('1 match in People');

    search.setQuery('northwind');
    expect(search.groups.map((group) => [group.title, group.total])).toEqual([
      ['Skills', 1],
      ['People', 2],
      ['Milestones', 6],
    ]);
    expect(search.groups[0]?.options[0]).toMatchObject({ detail: 'Technical', route: { page: 'section', section: 'skills', item: sql.id } });
    expect(search.summary).toBe('9 matches in 3 sections');
    // Five milestones shown, then one row for the rest, which opens the section.
    const milestones = search.groups[2]?.options ?? [];
    expect(milestones).toHaveLength(6);
    expect(milestones[5]).toMatchObject({ kind: 'more', count: 1, route: { page: 'section', section: 'milestones' } });
    expect(new Set(search.options.map((option) => option.id)).size).toBe(search.options.length);
  });

  it('says when nothing matches, and nothing for an empty query', async () => {
    const { search } = await searchOnSeededWorkbook();
    expect(search.summary).toBe('');
    expect(search.options).toEqual([]);
    search.setQuery('  zebra ');
    expect(search.summary).toBe('No matches for “zebra”');
    expect(search.active).toBeNull();
  });

  it('moves the active result with wrapping, to either end, and back to the first on a new query', async () => {
    const { search } = await searchOnSeededWorkbook();
    search.setQuery('northwind');
    const count = search.options.length;
    expect(search.activeIndex).toBe(0);
    search.move(-1);
    expect(search.activeIndex).toBe(count - 1);
    expect(search.active?.kind).toBe('more');
    search.move(1);
    expect(search.activeIndex).toBe(0);
    search.move(2);
    expect(search.active).toMatchObject({ title: 'Ben Okafor' });
    search.first();
    expect(search.activeIndex).toBe(0);
    search.last();
    expect(search.activeIndex).toBe(count - 1);
    search.setQuery('ben');
    expect(search.activeIndex).toBe(0);
    expect(search.active).toMatchObject({ title: 'Ben Okafor' });
  });

  it('finds what was added since the last opening only after reading again', async () => {
    const { search, workbookId, repositories } = await searchOnSeededWorkbook();
    // Written straight to storage, as another window would, a minute later.
    test!.context.advance();
    expectSaved(await repositories.experiences.create(workbookId, build.experiences({ title: 'Warehouse lead', organisation: 'Ålesund Freight' })));
    search.setQuery('alesund');
    expect(search.total).toBe(0);
    await search.load(workbookId);
    expect(search.options).toEqual([expect.objectContaining({ title: 'Warehouse lead', route: expect.objectContaining({ section: 'experience' }) })]);
    search.reset();
    expect([search.query, search.entries.length, search.summary]).toEqual(['', 0, '']);
  });

  it('reads every row again only after a write since the last opening', async () => {
    const { workbookId, repositories } = await searchOnSeededWorkbook();
    const { app } = test!;
    const workbooks = repositories.workbooks;
    let reads = 0;
    const counted: typeof workbooks = Object.assign(Object.create(workbooks) as typeof workbooks, {
      snapshot: (id: string) => {
        reads += 1;
        return workbooks.snapshot(id);
      },
    });
    const search = test!.within(() => new WorkbookSearch({ workbooks: counted }, undefined, () => app.writer.finishedWrites));
    await search.load(workbookId);
    search.reset();
    await search.load(workbookId);
    expect(reads).toBe(1);
    search.setQuery('northwind');
    expect(search.total).toBe(9);

    expectSaved(await app.writer.write(() => repositories.people.create(workbookId, build.people({ name: 'Cleo at Northwind' }))));
    search.reset();
    await search.load(workbookId);
    expect(reads).toBe(2);
    search.setQuery('cleo');
    expect(search.total).toBe(1);
  });

  it('writes edits still waiting for a pause in typing before it reads, so it finds what is on screen', async () => {
    test = await createTestApp('Typing');
    const { app, repositories, workbookId } = test;
    const skill = expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'Brewing' })));
    app.pendingEdits.register(async () => expectSaved(await repositories.skills.update(workbookId, skill.id, { notes: 'Kombucha at home' })));
    const search = test.within(() => new WorkbookSearch(app.repositories, () => app.pendingEdits.flushAll()));
    await search.load(workbookId);
    search.setQuery('kombucha');
    expect(search.options.map((option) => option.kind === 'match' && option.title)).toEqual(['Brewing']);
  });

  it('says in plain words when the workbook cannot be read', async () => {
    const { search } = await searchOnSeededWorkbook();
    search.reset();
    await search.load('no-such-workbook');
    search.setQuery('northwind');
    expect(search.loading).toBe(false);
    expect(search.loadError).toMatch(/\w/);
    expect(search.loadError).not.toMatch(/undefined|Error:/);
    expect(search.summary).toBe(search.loadError);
  });
});
