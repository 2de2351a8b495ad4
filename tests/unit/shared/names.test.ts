import { describe, expect, it } from 'vitest';
import { foldName, sameName, visibleName } from '@shared/names';

describe('foldName', () => {
  it('folds case, accents and spacing', () => {
    expect(foldName('  Résumé   Writing ')).toBe('resume writing');
    expect(foldName('PUBLIC\tspeaking')).toBe('public speaking');
  });

  it('drops characters nobody can see', () => {
    expect(foldName('Pot\u200Btery')).toBe('pottery');
    expect(foldName('\uFEFFPottery\u2060')).toBe('pottery');
    expect(foldName('Pot\u00ADtery')).toBe('pottery');
    expect(foldName('Pot\u200C\u200Dtery')).toBe('pottery');
  });

  it('unifies compatibility forms and full case folding', () => {
    expect(foldName('ＳＱＬ')).toBe('sql');
    expect(foldName('ﬁling')).toBe('filing');
    expect(foldName('Straße')).toBe(foldName('STRASSE'));
  });

  it('keeps letters of scripts without case', () => {
    expect(foldName('日本語')).toBe('日本語');
  });
});

describe('sameName', () => {
  it('treats names differing only in case, accents, spaces or invisible characters as the same', () => {
    expect(sameName('Patience', 'patience')).toBe(true);
    expect(sameName('Patience', 'PATIENCE ')).toBe(true);
    expect(sameName('Café', 'cafe')).toBe(true);
    expect(sameName('Pot\u200Btery', 'Pottery')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(sameName('Pottery', 'Potter')).toBe(false);
    expect(sameName('Welding', 'Wedding')).toBe(false);
  });
});

describe('visibleName', () => {
  it('trims spaces and invisible characters at the ends', () => {
    expect(visibleName('  Pottery ')).toBe('Pottery');
    expect(visibleName('\u200BPottery\uFEFF')).toBe('Pottery');
  });

  it('keeps the inside of the name as typed', () => {
    expect(visibleName('Public  speaking')).toBe('Public  speaking');
  });

  it('is empty for a name made only of invisible characters or spaces', () => {
    expect(visibleName('\u200B')).toBe('');
    expect(visibleName(' \u200B\u200C\u200D\u2060\uFEFF\u00AD ')).toBe('');
    expect(visibleName('')).toBe('');
  });
});
