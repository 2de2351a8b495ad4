/*
 * Where each roadmap marker's title goes. A title reads to the right of its marker until the next
 * marker on the row; the last marker of a row, near the right edge, puts its title on its left
 * instead when it fits better there, so "Head of analytics" is not cut to "Head…" at the chart's edge.
 */

export interface LabelledMarker {
  /** Centre of the marker, in pixels. */
  cx: number;
  row: number;
  /** An overdue marker has its warning sign to the right, so its title starts further right. */
  overdue: boolean;
  text: string;
}

export interface PlacedLabel {
  text: string;
  x: number;
  anchor: 'start' | 'end';
}

export interface LabelSpace {
  left: number;
  right: number;
  charWidth: number;
}

/** Space the marker itself (and its warning sign) takes on its right before the title starts. */
const rightGap = (marker: LabelledMarker) => (marker.overdue ? 28 : 14);
const leftGap = 14;
/** Keeps a title clear of whatever follows it. */
const clearance = 12;

function shortened(text: string, room: number, charWidth: number): string {
  const fits = Math.floor(room / charWidth);
  if (fits < 4) return '';
  return text.length <= fits ? text : `${text.slice(0, fits - 1)}…`;
}

/** The marker before `index` on the same row, if any. */
function previousOnRow(markers: readonly LabelledMarker[], index: number): LabelledMarker | undefined {
  const row = markers[index]?.row;
  for (let before = index - 1; before >= 0; before -= 1) if (markers[before]?.row === row) return markers[before];
  return undefined;
}

/**
 * Labels for one lane's markers (sorted left to right). One pass from the right, so a lane of hundreds
 * of markers costs no more than drawing them.
 */
export function placeLabels(markers: readonly LabelledMarker[], space: LabelSpace): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const nextOnRow = new Map<number, number>();
  for (let index = markers.length - 1; index >= 0; index -= 1) {
    const marker = markers[index];
    if (!marker) continue;
    const isLastOnRow = !nextOnRow.has(marker.row);
    const end = nextOnRow.get(marker.row) ?? space.right;
    const rightRoom = end - marker.cx - rightGap(marker) - clearance;
    const needed = marker.text.length * space.charWidth;
    if (needed > rightRoom && isLastOnRow) {
      const previous = previousOnRow(markers, index);
      // The marker before keeps room for a few words of its own title.
      const leftEnd = previous === undefined ? space.left : previous.cx + rightGap(previous) + 10 * space.charWidth;
      const leftRoom = marker.cx - leftGap - leftEnd;
      if (leftRoom > rightRoom) {
        const text = shortened(marker.text, leftRoom, space.charWidth);
        placed[index] = { text, x: marker.cx - leftGap, anchor: 'end' };
        nextOnRow.set(marker.row, marker.cx - leftGap - text.length * space.charWidth);
        continue;
      }
    }
    placed[index] = { text: shortened(marker.text, rightRoom, space.charWidth), x: marker.cx + rightGap(marker), anchor: 'start' };
    nextOnRow.set(marker.row, marker.cx);
  }
  return placed;
}
