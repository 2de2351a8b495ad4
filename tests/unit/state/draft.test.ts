import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invalid, saved, type WriteResult } from '../../../src-renderer/db/write-result';
import { Draft } from '../../../src-renderer/state/draft.svelte';
import { PendingEdits } from '../../../src-renderer/state/pending-edits.svelte';

function setUpDraft(options: { check?: (value: string) => string | null } = {}) {
  const pendingEdits = new PendingEdits();
  let gate: Promise<void> = Promise.resolve();
  let stored = 'Python';
  const writes: string[] = [];
  let answer: (value: string) => WriteResult<unknown> = (value) => {
    stored = value;
    return saved(value);
  };
  const draft = new Draft(pendingEdits, {
    label: () => 'Name',
    stored: () => stored,
    save: async (value) => {
      writes.push(value);
      await gate;
      return answer(value);
    },
    delay: 600,
    ...options,
  });
  return {
    draft,
    pendingEdits,
    writes,
    setStored: (value: string) => (stored = value),
    answerWith: (next: typeof answer) => (answer = next),
    holdWrites: () => {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
  };
}

describe('Draft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after a pause in typing, with the last value', async () => {
    const { draft, writes } = setUpDraft();
    draft.input('P');
    draft.input('Py');
    draft.input('Pytho');
    await vi.advanceTimersByTimeAsync(599);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['Pytho']);
    expect(draft.dirty).toBe(false);
  });

  it('a flush while the corrected value is on its way waits for it and does not write it twice', async () => {
    const { draft, writes, answerWith, holdWrites } = setUpDraft();
    // A name refused as a duplicate stays on screen with its message.
    answerWith(() => invalid([{ path: 'name', message: 'is already one of your values' }]));
    draft.input('Ruby');
    await draft.flush();
    expect(draft.refused).toBe(true);
    // The corrected name is written after the pause; the store refuses a second write of it as a duplicate of itself.
    let stored: string | null = null;
    answerWith((value) => {
      if (stored === value) return invalid([{ path: 'name', message: 'is already one of your values' }]);
      stored = value;
      return saved(value);
    });
    const release = holdWrites();
    draft.input('Rust');
    await vi.advanceTimersByTimeAsync(600);
    expect(writes).toEqual(['Ruby', 'Rust']);
    // Done is pressed while that write is still on its way.
    const done = draft.flush();
    release();
    await done;
    expect(writes).toEqual(['Ruby', 'Rust']);
    expect(draft.refused).toBe(false);
    expect(draft.error).toBeNull();
  });

  it('is pending from the first keystroke, and a flush of pending edits writes it at once', async () => {
    const { draft, writes, pendingEdits } = setUpDraft();
    draft.input('Rust');
    expect(pendingEdits.count).toBe(1);
    await pendingEdits.flushAll();
    expect(writes).toEqual(['Rust']);
    expect(pendingEdits.count).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toEqual(['Rust']);
  });

  it('keeps a refused value on screen with its message, and does not count it as pending', async () => {
    const { draft, pendingEdits, answerWith } = setUpDraft();
    answerWith(() => invalid([{ path: 'name', message: 'must not be empty' }]));
    draft.input('');
    await draft.flush();
    expect(draft.value).toBe('');
    expect(draft.error).toBe('Name must not be empty.');
    expect(draft.refused).toBe(true);
    expect(pendingEdits.count).toBe(0);
  });

  it('refuses what its own check refuses without writing', async () => {
    const { draft, writes } = setUpDraft({ check: (value) => (value.includes('?') ? 'must not ask' : null) });
    draft.input('What?');
    await draft.flush();
    expect(writes).toEqual([]);
    expect(draft.error).toBe('Name must not ask.');
  });

  it('clears the message once a corrected value is stored', async () => {
    const { draft, answerWith } = setUpDraft();
    answerWith(() => invalid([{ path: 'name', message: 'must not be empty' }]));
    draft.input('');
    await draft.flush();
    answerWith((value) => saved(value));
    draft.input('Go');
    await draft.flush();
    expect(draft.error).toBeNull();
    expect(draft.refused).toBe(false);
  });

  it('stays dirty when typing goes on while a write is in flight', async () => {
    const { draft, holdWrites, writes } = setUpDraft();
    const release = holdWrites();
    draft.input('Py');
    const flushing = draft.flush();
    draft.input('Pyt');
    release();
    await flushing;
    expect(draft.dirty).toBe(true);
    expect(draft.value).toBe('Pyt');
    await draft.flush();
    expect(writes).toEqual(['Py', 'Pyt']);
    expect(draft.dirty).toBe(false);
  });

  it('follows the stored value while not being edited, and not while it is', () => {
    const { draft, setStored } = setUpDraft();
    setStored('SQL');
    draft.follow();
    expect(draft.value).toBe('SQL');
    draft.input('Spark');
    setStored('Other window');
    draft.follow();
    expect(draft.value).toBe('Spark');
  });

  it('discarding drops a refused value and shows what is stored', async () => {
    const { draft, answerWith } = setUpDraft();
    answerWith(() => invalid([{ path: 'name', message: 'must not be empty' }]));
    draft.input('');
    await draft.flush();
    draft.discard();
    expect(draft.value).toBe('Python');
    expect(draft.error).toBeNull();
    expect(draft.dirty).toBe(false);
  });
});
