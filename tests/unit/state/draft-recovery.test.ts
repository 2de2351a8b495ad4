import { describe, expect, it } from 'vitest';
import { saved } from '../../../src-renderer/db/write-result';
import { Draft } from '../../../src-renderer/state/draft.svelte';
import { DraftRecovery, type DraftStorage } from '../../../src-renderer/state/draft-recovery';
import { PendingEdits } from '../../../src-renderer/state/pending-edits.svelte';

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A text field; its writes never finish unless `finish` says so, as when the page is torn down mid-write. */
function field(recovery: DraftRecovery, stored: () => string, writes: string[] = [], finish = false) {
  return new Draft(
    new PendingEdits(),
    {
      label: () => 'Your name',
      stored,
      save: (value) => {
        writes.push(value);
        return finish ? Promise.resolve(saved(value)) : new Promise(() => undefined);
      },
      delay: 0,
      recoveryKey: 'wb-1/workbooks/wb-1/owner.name',
    },
    recovery,
  );
}

describe('DraftRecovery', () => {
  it('brings text that a reload cut off back into the same field, which writes it again', async () => {
    const storage = memoryStorage();
    const before = new DraftRecovery(storage);
    const typing = field(before, () => '');
    typing.input('Lena');
    void typing.flush();
    before.keep();

    const after = new DraftRecovery(storage);
    const writes: string[] = [];
    const reopened = field(after, () => '', writes, true);
    expect(reopened.value).toBe('Lena');
    expect(reopened.dirty).toBe(true);
    await reopened.flush();
    expect(writes).toEqual(['Lena']);
    // Claimed once: nothing is kept for a later page any more.
    after.keep();
    expect(storage.items.size).toBe(0);
  });

  it('keeps nothing for a field whose text was stored, or refused', async () => {
    const storage = memoryStorage();
    const recovery = new DraftRecovery(storage);
    let stored = '';
    const stores = new Draft(
      new PendingEdits(),
      {
        label: () => 'Your name',
        stored: () => stored,
        save: async (value) => {
          stored = value;
          return saved(value);
        },
        delay: 0,
        recoveryKey: 'a',
      },
      recovery,
    );
    stores.input('Lena');
    await stores.flush();
    const refuses = new Draft(
      new PendingEdits(),
      { label: () => 'Name', stored: () => 'x', save: async () => saved(null), check: () => 'must not be empty', recoveryKey: 'b' },
      recovery,
    );
    refuses.input('');
    await refuses.flush();
    recovery.keep();
    expect(storage.items.size).toBe(0);
  });

  it('drops kept text when the stored value changed since it was typed (another window, or the write landed)', () => {
    const storage = memoryStorage();
    const before = new DraftRecovery(storage);
    field(before, () => 'Old').input('Lena');
    before.keep();

    const after = new DraftRecovery(storage);
    expect(field(after, () => 'Changed elsewhere').value).toBe('Changed elsewhere');
    const again = new DraftRecovery(storage);
    expect(again.claim('wb-1/workbooks/wb-1/owner.name', 'Old')).toBeUndefined();
  });

  it('keeps text left unclaimed for the next page, and survives broken storage contents', () => {
    const storage = memoryStorage();
    const before = new DraftRecovery(storage);
    field(before, () => '').input('Lena');
    before.keep();
    const untouched = new DraftRecovery(storage);
    untouched.keep();
    expect(new DraftRecovery(storage).claim('wb-1/workbooks/wb-1/owner.name', '')).toBe('Lena');

    storage.setItem('waypoint.unsaved-drafts', '{not json');
    expect(new DraftRecovery(storage).claim('wb-1/workbooks/wb-1/owner.name', '')).toBeUndefined();
  });
});
