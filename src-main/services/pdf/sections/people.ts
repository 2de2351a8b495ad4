import { boardRoleGuides, boardSeats, cadenceChoices, followUpText, followUpsToDo, interactionKindLabels, logsByPerson, nextFollowUp, type FollowUp } from '../../../shared/people';
import type { PlanContext } from '../context';
import { table, type TableCell } from '../table';
import { colours, lineGap, type as sizes } from '../theme';
import { emptyNote, list, openSection, privateNote } from './common';

/*
 * People: the personal board of directors as six seats (an empty seat says how to fill it), everyone
 * with their cadence and next follow-up, what to get back in touch about, and recent conversations.
 */

/** Conversations printed: the most recent ones, so a long log does not fill the plan. */
const recentConversations = 40;

function cadenceWords(days: number | null): string {
  return cadenceChoices.find((choice) => choice.days === days)?.label ?? (days === null ? '' : `Every ${days} days`);
}

function followUpCell(followUp: FollowUp, context: PlanContext): TableCell | string {
  const text = followUpText(followUp, (date) => context.date(date));
  return followUp.state === 'overdue' ? { text, style: { colour: colours.warning } } : text;
}

function board(context: PlanContext): void {
  const { layout, snapshot } = context;
  layout.heading(2, 'My board of directors', 200);
  const seats = boardSeats(snapshot.people);
  const gutter = 12;
  const columns = 3;
  const width = (layout.width - gutter * (columns - 1)) / columns;
  const padding = 9;
  const body = { size: sizes.small };
  for (let row = 0; row < seats.length / columns; row += 1) {
    const rowSeats = seats.slice(row * columns, row * columns + columns);
    const texts = rowSeats.map((seat) => {
      const guide = boardRoleGuides[seat.role];
      const names = seat.people.slice(0, 4).map((person) => person.name);
      if (seat.people.length > 4) names.push(`and ${seat.people.length - 4} more`);
      return { title: guide.name, does: guide.does, filled: names.join('\n'), empty: seat.people.length === 0, finding: guide.finding };
    });
    const innerWidth = width - 2 * padding;
    const height =
      Math.max(
        ...texts.map(
          (text) =>
            layout.heightOf(text.does, innerWidth, body) +
            layout.heightOf(text.empty ? `Empty seat. ${text.finding}` : text.filled, innerWidth, { ...body, style: 'semibold' }),
        ),
      ) +
      layout.lineHeight({ style: 'bold', size: sizes.h3 }) +
      2 * padding +
      4;
    layout.ensureSpace(height + gutter);
    const top = layout.y;
    texts.forEach((text, index) => {
      const x = layout.left + index * (width + gutter);
      layout.artifact(() => {
        const box = layout.doc.roundedRect(x, top, width, height, 6);
        if (text.empty) box.dash(3, { space: 2 }).lineWidth(0.8).strokeColor(colours.faint).stroke();
        else box.fillColor(colours.accentWash).fill();
        layout.doc.undash();
      });
      layout.group('Div', () => {
        const heading = layout.element('H3');
        layout.mark(heading, 'H3', () =>
          layout.textAt(text.title, x + padding, top + padding, { style: 'bold', size: sizes.h3, colour: text.empty ? colours.muted : colours.accent, width: innerWidth }),
        );
        heading.end();
        const paragraph = layout.element('P');
        layout.mark(paragraph, 'P', () => {
          layout.textAt(text.does, x + padding, top + padding + layout.lineHeight({ style: 'bold', size: sizes.h3 }), { ...body, colour: colours.muted, width: innerWidth });
          layout.doc.moveDown(0.2);
          layout.textAt(text.empty ? `Empty seat. ${text.finding}` : text.filled, x + padding, layout.y, {
            ...body,
            style: text.empty ? 'italic' : 'semibold',
            colour: text.empty ? colours.muted : colours.text,
            width: innerWidth,
          });
        });
        paragraph.end();
      });
    });
    layout.y = top + height + gutter - lineGap;
  }
  layout.y += 6;
}

export async function writePeople(context: PlanContext): Promise<void> {
  const { layout, snapshot, today } = context;
  openSection(context, 'people', 'Nobody builds a career alone. A personal board of directors gives you advice, introductions and someone who speaks up for you.');
  board(context);
  await context.checkpoint();
  if (snapshot.people.length === 0) {
    emptyNote(layout, 'No people added yet.');
    return;
  }
  const due = followUpsToDo(snapshot.people, snapshot.interactions, today);
  if (due.length > 0) {
    layout.heading(2, 'Get back in touch');
    list(
      layout,
      due.slice(0, 20).map((item) =>
        item.kind === 'cadence'
          ? `${item.person.name}: ${followUpText(item.followUp, (date) => context.date(date))}`
          : `${item.person.name}: ${item.what} (${followUpText(item.followUp, (date) => context.date(date), true)})`,
      ),
      { style: { size: sizes.small + 0.5 } },
    );
    if (due.length > 20) layout.paragraph(`and ${due.length - 20} more`, { size: sizes.small, colour: colours.muted });
  }
  const showContact = !context.share && snapshot.people.some((person) => person.contact.trim() !== '');
  await table(layout, {
    heading: { level: 2, text: 'Everyone' },
    columns: [
      { header: 'Name', share: showContact ? 0.2 : 0.22 },
      { header: 'Seat', share: 0.13 },
      { header: 'Where', share: showContact ? 0.19 : 0.25 },
      { header: 'Keep in touch', share: 0.14 },
      { header: 'Next', share: showContact ? 0.16 : 0.26 },
      ...(showContact ? [{ header: 'Contact', share: 0.18 }] : []),
    ],
    rows: snapshot.people.map((person) => [
      person.name,
      person.roles.map((role) => boardRoleGuides[role].name).join(', '),
      [person.title, person.organisation].filter(Boolean).join(', '),
      cadenceWords(person.cadenceDays),
      followUpCell(nextFollowUp(person.cadenceDays, person.lastContact, today), context),
      ...(showContact ? [person.contact] : []),
    ]),
    onRow: context.checkpoint,
  });
  const notes = context.share ? [] : snapshot.people.filter((person) => person.notes.trim() !== '');
  if (notes.length > 0) {
    await table(layout, {
      heading: { level: 2, text: 'Notes on people' },
      columns: [
        { header: 'Name', share: 0.22 },
        { header: 'Notes', share: 0.78 },
      ],
      rows: notes.map((person) => [person.name, person.notes]),
      onRow: context.checkpoint,
    });
  }
  const names = new Map(snapshot.people.map((person) => [person.id, person.name]));
  const recent = [...logsByPerson(snapshot.interactions).values()].flat().sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  if (recent.length > 0) {
    await table(layout, {
      heading: { level: 2, text: 'Recent conversations' },
      columns: [
        { header: 'Date', share: 0.14 },
        { header: 'With', share: 0.2 },
        { header: 'Kind', share: 0.16 },
        { header: 'What it was about', share: context.share ? 0.5 : 0.25 },
        ...(context.share ? [] : [{ header: 'Notes', share: 0.25 }]),
      ],
      rows: recent.slice(0, recentConversations).map((interaction) => [
        context.date(interaction.date),
        names.get(interaction.personId) ?? '',
        interactionKindLabels[interaction.kind],
        interaction.summary,
        ...(context.share ? [] : [interaction.notes]),
      ]),
      onRow: context.checkpoint,
    });
    if (recent.length > recentConversations) {
      layout.paragraph(`The workbook holds ${recent.length - recentConversations} earlier conversations.`, { size: sizes.small, colour: colours.muted });
    }
  }
  privateNote(context, 'Contact details, notes on people and notes on conversations');
}
