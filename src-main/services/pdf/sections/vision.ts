import type { PlanContext } from '../context';
import { colours, lineGap, space, type as sizes } from '../theme';
import { emptyNote, openSection, privateNote, prose } from './common';

/*
 * The vision: the five- and ten-year statements, the purpose, and the ikigai canvas as four boxes
 * with where they meet underneath.
 */

function ikigai(context: PlanContext): void {
  const { layout } = context;
  const canvas = context.snapshot.vision?.ikigai;
  if (!canvas) return;
  const boxes = [
    { title: 'What I love', text: canvas.love },
    { title: 'What I am good at', text: canvas.goodAt },
    { title: 'What the world needs', text: canvas.worldNeeds },
    { title: 'What I can be paid for', text: canvas.paidFor },
  ];
  if (boxes.every((box) => box.text.trim() === '') && canvas.overlap.trim() === '') return;
  layout.heading(2, 'Ikigai: where the four meet', 120);
  const gutter = 14;
  const width = (layout.width - gutter) / 2;
  const padding = 10;
  const textStyle = { size: sizes.small + 0.5 };
  for (let row = 0; row < 2; row += 1) {
    const pair = boxes.slice(row * 2, row * 2 + 2);
    const height =
      Math.max(...pair.map((box) => layout.heightOf(box.text || '—', width - 2 * padding, textStyle))) +
      layout.lineHeight({ style: 'semibold', size: sizes.small }) +
      2 * padding;
    layout.ensureSpace(height + gutter);
    const top = layout.y;
    pair.forEach((box, index) => {
      const x = layout.left + index * (width + gutter);
      layout.artifact(() => {
        layout.doc.roundedRect(x, top, width, height, 6).fillColor(colours.accentWash).fill();
      });
      layout.group('Div', () => {
        const title = layout.element('H3');
        layout.mark(title, 'H3', () =>
          layout.textAt(box.title, x + padding, top + padding, { style: 'semibold', size: sizes.small, colour: colours.accent, width: width - 2 * padding }),
        );
        title.end();
        const body = layout.element('P');
        layout.mark(body, 'P', () =>
          layout.textAt(box.text.trim() || '—', x + padding, top + padding + layout.lineHeight({ style: 'semibold', size: sizes.small }), {
            ...textStyle,
            width: width - 2 * padding,
          }),
        );
        body.end();
      });
    });
    layout.y = top + height + gutter - lineGap;
  }
  layout.y += lineGap;
  prose(layout, 'Where they meet', canvas.overlap);
}

export async function writeVision(context: PlanContext): Promise<void> {
  const { layout } = context;
  openSection(context, 'vision', 'Where you want to be, and why: the direction every milestone in this plan points to.');
  const vision = context.snapshot.vision;
  if (!vision) {
    emptyNote(layout, 'No vision written yet.');
    return;
  }
  prose(layout, 'In five years', vision.fiveYears);
  prose(layout, 'In ten years', vision.tenYears);
  prose(layout, 'Purpose', vision.purpose);
  prose(layout, 'What I want my work to say about me', vision.workSays);
  await context.checkpoint();
  layout.gap(space.paragraph);
  ikigai(context);
  if (context.share) privateNote(context, 'Notes on the vision');
  else prose(layout, 'Notes', vision.notes);
}
