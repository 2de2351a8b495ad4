import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelledMarker } from '../../../../src-renderer/components/charts/roadmap-labels';

const space = { left: 4, right: 1000, charWidth: 10 };
const marker = (cx: number, text: string, row = 0, overdue = false): LabelledMarker => ({ cx, row, overdue, text });

describe('roadmap labels', () => {
  it('puts a title to the right of its marker when it fits there', () => {
    expect(placeLabels([marker(100, 'Short')], space)).toEqual([{ text: 'Short', x: 114, anchor: 'start' }]);
  });

  it('puts the last title of a row on the left of its marker near the right edge, whole', () => {
    const [label] = placeLabels([marker(950, 'Head of analytics')], space);
    expect(label).toEqual({ text: 'Head of analytics', x: 936, anchor: 'end' });
  });

  it('runs a title up to the next marker on its row and shortens it there', () => {
    const labels = placeLabels([marker(100, 'A rather long milestone title'), marker(300, 'Next')], space);
    expect(labels[0]?.anchor).toBe('start');
    expect(labels[0]?.text).toBe('A rather long mi…');
    expect(labels[1]).toEqual({ text: 'Next', x: 314, anchor: 'start' });
  });

  it('leaves the marker before a flipped title room for a few words of its own', () => {
    const labels = placeLabels([marker(700, 'Decide between two offers'), marker(960, 'Head of analytics')], space);
    expect(labels[1]?.anchor).toBe('end');
    expect(labels[0]?.text.length).toBeGreaterThanOrEqual(4);
    const flippedStart = (labels[1]?.x ?? 0) - (labels[1]?.text.length ?? 0) * space.charWidth;
    const firstEnd = (labels[0]?.x ?? 0) + (labels[0]?.text.length ?? 0) * space.charWidth;
    expect(firstEnd).toBeLessThanOrEqual(flippedStart);
  });

  it('keeps markers on other rows apart from each other', () => {
    const labels = placeLabels([marker(100, 'Top row title', 0), marker(150, 'Second row', 1)], space);
    expect(labels.map((label) => label.text)).toEqual(['Top row title', 'Second row']);
  });

  it('starts an overdue title after its warning sign', () => {
    expect(placeLabels([marker(100, 'Overdue: Late', 0, true)], space)[0]?.x).toBe(128);
  });
});
