import { describe, expect, it } from 'vitest';
import { failed, invalid, saved, type WriteResult } from '../../../src-renderer/db/write-result';
import { PendingEdits } from '../../../src-renderer/state/pending-edits.svelte';
import { SaveStatus } from '../../../src-renderer/state/save-status.svelte';
import { UndoStack } from '../../../src-renderer/state/undo.svelte';
import { Writer } from '../../../src-renderer/state/writer.svelte';

/** A write that finishes only when the test says so. */
function controlledWrite<T>(value: T) {
  let finish: (result: WriteResult<T>) => void = () => undefined;
  let started = false;
  const run = () => {
    started = true;
    return new Promise<WriteResult<T>>((resolve) => (finish = resolve));
  };
  return {
    run,
    get started() {
      return started;
    },
    succeed: () => finish(saved(value)),
    refuse: () => finish(invalid([{ path: 'name', message: 'must not be empty' }])),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUpWriter() {
  const saveStatus = new SaveStatus();
  const pendingEdits = new PendingEdits();
  const undo = new UndoStack();
  const writer = new Writer(saveStatus, pendingEdits, undo);
  return { saveStatus, pendingEdits, undo, writer };
}

describe('Writer.write', () => {
  it('shows "saving" while a write is in flight and "saved" once it lands', async () => {
    const { writer, saveStatus } = setUpWriter();
    const write = controlledWrite('ok');
    const result = writer.write(write.run);
    expect(saveStatus.state).toBe('saving');
    write.succeed();
    expect(await result).toEqual(saved('ok'));
    expect(saveStatus.state).toBe('saved');
  });

  it('keeps a write pending until it is stored, so a close waits for it', async () => {
    const { writer, pendingEdits } = setUpWriter();
    const write = controlledWrite(1);
    void writer.write(write.run);
    expect(pendingEdits.count).toBe(1);
    let closed = false;
    const close = pendingEdits.flushAll().then(() => (closed = true));
    await settle();
    expect(closed).toBe(false);
    write.succeed();
    await close;
    expect(closed).toBe(true);
    expect(pendingEdits.count).toBe(0);
  });

  it('does not leave a refused write pending', async () => {
    const { writer, pendingEdits, saveStatus } = setUpWriter();
    const write = controlledWrite(1);
    const result = writer.write(write.run);
    write.refuse();
    expect((await result).status).toBe('invalid');
    expect(pendingEdits.count).toBe(0);
    expect(saveStatus.state).not.toBe('saving');
  });

  it('runs writes with the same serial key one after another, in the order asked', async () => {
    const { writer } = setUpWriter();
    const first = controlledWrite('first');
    const second = controlledWrite('second');
    const order: string[] = [];
    void writer.write(first.run, { serial: 'skills/a' }).then(() => order.push('first'));
    void writer.write(second.run, { serial: 'skills/a' }).then(() => order.push('second'));
    await settle();
    expect(first.started).toBe(true);
    expect(second.started).toBe(false);
    first.succeed();
    await settle();
    expect(second.started).toBe(true);
    second.succeed();
    await settle();
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps going after a refused write in the same queue', async () => {
    const { writer } = setUpWriter();
    const first = controlledWrite('first');
    const second = controlledWrite('second');
    const firstResult = writer.write(first.run, { serial: 'row' });
    const secondResult = writer.write(second.run, { serial: 'row' });
    first.refuse();
    await settle();
    second.succeed();
    expect((await firstResult).status).toBe('invalid');
    expect(await secondResult).toEqual(saved('second'));
  });

  it('does not hold back writes to other rows', async () => {
    const { writer } = setUpWriter();
    const slow = controlledWrite('slow');
    const other = controlledWrite('other');
    void writer.write(slow.run, { serial: 'skills/a' });
    void writer.write(other.run, { serial: 'skills/b' });
    await settle();
    expect(other.started).toBe(true);
  });

  it('turns a thrown storage error into a plain failure', async () => {
    const { writer, saveStatus } = setUpWriter();
    const result = await writer.write(() => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })));
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/disk is full/);
    expect(saveStatus.state).toBe('failed');
  });
});

describe('Writer.deleteWithUndo', () => {
  it('writes pending edits before deleting, then offers undo that restores through the same path', async () => {
    const { writer, pendingEdits, undo, saveStatus } = setUpWriter();
    const events: string[] = [];
    pendingEdits.register(async () => {
      events.push('flushed edit');
    });
    await writer.deleteWithUndo({
      workbookId: 'wb',
      remove: async () => {
        events.push('deleted');
        return saved({ label: 'the skill “Python”' });
      },
      restore: async () => {
        events.push('restored');
        return saved(null);
      },
      describe: (record) => record.label,
    });
    expect(events).toEqual(['flushed edit', 'deleted']);
    expect(undo.offered?.what).toBe('the skill “Python”');
    const restored = undo.undoLast();
    expect(saveStatus.state).toBe('saving');
    await restored;
    expect(events).toEqual(['flushed edit', 'deleted', 'restored']);
    expect(undo.message).toBe('Restored the skill “Python”.');
    expect(undo.canUndo).toBe(false);
  });

  it('offers nothing when the deletion fails', async () => {
    const { writer, undo } = setUpWriter();
    const result = await writer.deleteWithUndo({
      workbookId: 'wb',
      remove: async () => failed('The disk is full.'),
      restore: async () => saved(null),
      describe: () => 'x',
    });
    expect(result.status).toBe('failed');
    expect(undo.canUndo).toBe(false);
    expect(undo.offered).toBeNull();
  });
});
