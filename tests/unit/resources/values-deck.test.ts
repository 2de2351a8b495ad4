import { describe, expect, it } from 'vitest';
import deck from '../../../resources/values-deck.json';
import { valuesDeckSchema } from '@shared/values';
import { entityId } from '@shared/model-primitives';

describe('resources/values-deck.json', () => {
  it('is a valid deck', () => {
    const result = valuesDeckSchema.safeParse(deck);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('holds about forty values', () => {
    expect(deck.length).toBeGreaterThanOrEqual(35);
    expect(deck.length).toBeLessThanOrEqual(45);
  });

  it('has unique ids and names, case aside', () => {
    const ids = deck.map((value) => value.id);
    const names = deck.map((value) => value.name.toLowerCase());
    expect(new Set(ids).size).toBe(deck.length);
    expect(new Set(names).size).toBe(deck.length);
  });

  it('uses ids that a value sort can store', () => {
    for (const value of deck) expect(entityId.safeParse(value.id).success, value.id).toBe(true);
  });

  it('describes every value in one short sentence', () => {
    for (const value of deck) {
      expect(value.description.trim(), value.id).not.toBe('');
      expect(value.description, value.id).toMatch(/^[A-Z].*\.$/);
      expect(value.description.length, value.id).toBeLessThanOrEqual(80);
      expect(value.name.length, value.id).toBeLessThanOrEqual(24);
    }
  });

  it('has only the fields the app reads', () => {
    for (const value of deck) expect(Object.keys(value).sort()).toEqual(['description', 'id', 'name']);
  });
});
