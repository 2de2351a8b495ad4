import { describe, expect, it } from 'vitest';
import { failed, saved, type WriteResult } from '../../../src-renderer/db/write-result';
import { UndoStack } from '../../../src-renderer/state/undo.svelte';

function recordingSurroundings() {
  const opened: string[] = [];
  const focused: Array<string | undefined> = [];
  return {
    opened,
    focused,
    surroundings: {
      openWorkbook: async (id: string) => {
        opened.push(id);
      },
      focusAfterUndo: (selector: string | undefined) => {
        focused.push(selector);
      },
    },
  };
}

describe('UndoStack', () => {
  it('two quick undos restore two different deletions, newest first', async () => {
    const undo = new UndoStack();
    const restored: string[] = [];
    const slowRestore = (name: string) => () =>
      new Promise<WriteResult<unknown>>((resolve) =>
        setTimeout(() => {
          restored.push(name);
          resolve(saved(null));
        }, 5),
      );
    undo.offer({ what: 'the workbook “C”', workbookId: 'c', undo: slowRestore('C') });
    undo.offer({ what: 'the workbook “A”', workbookId: 'a', undo: slowRestore('A') });
    // The second press comes before the first restore has finished.
    await Promise.all([undo.undoLast(), undo.undoLast()]);
    expect(restored.sort()).toEqual(['A', 'C']);
    expect(undo.canUndo).toBe(false);
  });

  it('opens the workbook a deletion came from and moves focus to what came back', async () => {
    const undo = new UndoStack();
    const { opened, focused, surroundings } = recordingSurroundings();
    undo.connect(surroundings);
    undo.offer({ what: 'the skill “Carpentry”', workbookId: 'alpha', focus: '[data-skill-id="s1"]', undo: async () => saved(null) });
    expect(undo.offered?.what).toBe('the skill “Carpentry”');
    await undo.undoLast();
    expect(undo.offered).toBeNull();
    expect(undo.message).toBe('Restored the skill “Carpentry”.');
    expect(opened).toEqual(['alpha']);
    expect(focused).toEqual(['[data-skill-id="s1"]']);
  });

  it('keeps a deletion whose restore failed, with the reason', async () => {
    const undo = new UndoStack();
    const { opened, surroundings } = recordingSurroundings();
    undo.connect(surroundings);
    undo.offer({ what: 'the skill “Carpentry”', workbookId: 'alpha', undo: async () => failed('The disk is full.') });
    await undo.undoLast();
    expect(undo.message).toBe('The disk is full.');
    expect(undo.canUndo).toBe(true);
    expect(opened).toEqual([]);
  });

  it('keeps at most the newest deletions', async () => {
    const undo = new UndoStack(2);
    const restored: string[] = [];
    for (const name of ['one', 'two', 'three']) {
      undo.offer({ what: name, workbookId: 'wb', undo: async () => (restored.push(name), saved(null)) });
    }
    await undo.undoLast();
    await undo.undoLast();
    await undo.undoLast();
    expect(restored).toEqual(['three', 'two']);
  });
});
