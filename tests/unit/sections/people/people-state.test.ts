import { describe, expect, it, vi } from 'vitest';
import { PeopleState, type InteractionInput } from '../../../../src-renderer/sections/people/people-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { sectionSpec, useLiveQueries } from '../../state/harness';

useLiveQueries();
const openSection = sectionSpec((app, workbookId) => new PeopleState(app, workbookId));

describe('PeopleState', () => {
  it('adds a person into their seats, and an empty seat fills when a role is ticked', async () => {
    const { section } = await openSection();
    expect(section.emptySeats).toBe(6);

    const amira = expectSaved(await section.addPerson('Amira', ['mentor']));
    await vi.waitFor(() => expect(section.seats.find((seat) => seat.role === 'mentor')?.people.map((p) => p.name)).toEqual(['Amira']));
    expect(section.emptySeats).toBe(5);

    // Two quick ticks both land: each changes the stored list, not the one on screen.
    await Promise.all([section.toggleRole(amira.id, 'sponsor', true), section.toggleRole(amira.id, 'coach', true)]);
    await vi.waitFor(() => expect(section.emptySeats).toBe(3));
    expectSaved(await section.toggleRole(amira.id, 'mentor', false));
    await vi.waitFor(() => expect(section.people.current[0]?.roles).toEqual(['sponsor', 'coach']));
  });

  it('refuses a person without a visible name and keeps the stored name', async () => {
    const { section } = await openSection();
    expect((await section.addPerson(' \u200b ', [])).status).toBe('invalid');
    const ben = expectSaved(await section.addPerson('Ben', []));
    expect((await section.updateName(ben.id, '   ')).status).toBe('invalid');
    await vi.waitFor(() => expect(section.people.current.map((person) => person.name)).toEqual(['Ben']));
  });

  it('lists people coming due once a cadence and a last contact are set', async () => {
    const { section } = await openSection();
    const cleo = expectSaved(await section.addPerson('Cleo', ['peer']));
    expect(section.dueFollowUps).toEqual([]);
    expectSaved(await section.updateCadence(cleo.id, 14));
    const twelveDaysAgo = new Date(Date.now() - 12 * 86_400_000).toISOString().slice(0, 10);
    expectSaved(await section.updateLastContact(cleo.id, twelveDaysAgo));
    await vi.waitFor(() => expect(section.dueFollowUps.map((entry) => entry.followUp.state)).toEqual(['soon']));
  });

  it('links skills from the inventory, and deleting a person can be undone', async () => {
    const { section, repositories, workbookId, app, focusRequests } = await openSection();
    const sql = expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'SQL' })));
    const dan = expectSaved(await section.addPerson('Dan', ['expert']));
    expectSaved(await section.toggleSkill(dan.id, sql.id, true));
    await vi.waitFor(() => expect(section.people.current[0]?.canHelpWith).toEqual([sql.id]));

    section.open(dan.id);
    expectSaved(await section.remove(dan.id));
    expect(section.openPersonId).toBeNull();
    await vi.waitFor(() => expect(section.people.current).toEqual([]));

    expect(app.undo.offered?.what).toContain('Dan');
    await app.undo.undoLast();
    await vi.waitFor(() => expect(section.people.current.map((person) => person.name)).toEqual(['Dan']));
    expect(section.people.current[0]?.canHelpWith).toEqual([sql.id]);
    expect(focusRequests).toContain(`[data-person-id="${dan.id}"] button.open`);
  });
});

describe('PeopleState: the interaction log', () => {
  const talk = (date: string, followUp: InteractionInput['followUp'] = null): InteractionInput => ({
    date,
    kind: 'call',
    summary: `Talk on ${date}`,
    notes: '',
    followUp,
  });
  const lastContactOf = (section: PeopleState, personId: string) =>
    section.people.current.find((person) => person.id === personId)?.lastContact;

  it('moves the last contact to a newly logged interaction only when it is the newest', async () => {
    const { section } = await openSection();
    const ada = expectSaved(await section.addPerson('Ada', ['mentor']));
    expectSaved(await section.logInteraction(ada.id, talk('2026-01-10')));
    await vi.waitFor(() => expect(lastContactOf(section, ada.id)).toBe('2026-01-10'));

    expectSaved(await section.logInteraction(ada.id, talk('2025-12-01')));
    await vi.waitFor(() => expect(section.logOf(ada.id).map((entry) => entry.date)).toEqual(['2026-01-10', '2025-12-01']));
    expect(lastContactOf(section, ada.id)).toBe('2026-01-10');

    expectSaved(await section.logInteraction(ada.id, { ...talk('2026-02-01'), kind: 'informational-interview' }));
    await vi.waitFor(() => expect(lastContactOf(section, ada.id)).toBe('2026-02-01'));
    expect(section.logOf(ada.id)[0]?.kind).toBe('informational-interview');
  });

  it('stores one interaction for a double press on "Log today\u2019s contact", and the person is no longer due', async () => {
    const { section, repositories, workbookId } = await openSection();
    const ben = expectSaved(await section.addPerson('Ben', ['peer']));
    expectSaved(await section.updateCadence(ben.id, 14));
    expectSaved(await section.updateLastContact(ben.id, '2020-01-01'));
    await vi.waitFor(() => expect(section.toDo.map((entry) => entry.person.name)).toEqual(['Ben']));

    const [first, second] = await Promise.all([section.logTodaysContact(ben.id, 'message'), section.logTodaysContact(ben.id, 'message')]);
    expect(expectSaved(first).id).toBe(expectSaved(second).id);
    // A late third press, after the write landed, stores nothing either.
    expectSaved(await section.logTodaysContact(ben.id, 'message'));
    const stored = await repositories.interactions.list(workbookId);
    expect(stored.map((entry) => [entry.date, entry.kind])).toEqual([[section.today, 'message']]);
    await vi.waitFor(() => expect(section.toDo).toEqual([]));
    expect(lastContactOf(section, ben.id)).toBe(section.today);

    // Deleted as a slip, it can be logged again at once.
    expectSaved(await section.removeInteraction(expectSaved(first).id));
    const again = expectSaved(await section.logTodaysContact(ben.id, 'call'));
    expect(again.id).not.toBe(expectSaved(first).id);
    expect((await repositories.interactions.list(workbookId)).map((entry) => entry.kind)).toEqual(['call']);
  });

  it('lists an open agreed follow-up until it is marked done', async () => {
    const { section } = await openSection();
    const cleo = expectSaved(await section.addPerson('Cleo', []));
    const talked = expectSaved(await section.logInteraction(cleo.id, talk('2026-01-05', { what: 'Send my CV', due: '2026-01-12', done: false })));
    await vi.waitFor(() => expect(section.toDo.map((entry) => (entry.kind === 'agreed' ? entry.what : entry.kind))).toEqual(['Send my CV']));
    expectSaved(await section.setFollowUpDone(talked.id, true));
    await vi.waitFor(() => expect(section.toDo).toEqual([]));
    expect(section.logOf(cleo.id)[0]?.followUp).toEqual({ what: 'Send my CV', due: '2026-01-12', done: true });
  });

  it('moves the last contact back when the newest is deleted, and undo brings both back', async () => {
    const { section, app, focusRequests } = await openSection();
    const dan = expectSaved(await section.addPerson('Dan', []));
    expectSaved(await section.logInteraction(dan.id, talk('2026-01-10')));
    const newest = expectSaved(await section.logInteraction(dan.id, talk('2026-02-20')));
    await vi.waitFor(() => expect(lastContactOf(section, dan.id)).toBe('2026-02-20'));

    expectSaved(await section.removeInteraction(newest.id));
    await vi.waitFor(() => expect(section.logOf(dan.id).map((entry) => entry.date)).toEqual(['2026-01-10']));
    expect(lastContactOf(section, dan.id)).toBe('2026-01-10');

    expect(app.undo.offered?.what).toContain('Talk on 2026-02-20');
    await app.undo.undoLast();
    await vi.waitFor(() => expect(section.logOf(dan.id).map((entry) => entry.date)).toEqual(['2026-02-20', '2026-01-10']));
    expect(lastContactOf(section, dan.id)).toBe('2026-02-20');
    expect(focusRequests).toContain(`[data-interaction-id="${newest.id}"] button.edit`);
  });

  it('keeps a last contact entered by hand when the only interaction is deleted, and re-dating the newest moves it', async () => {
    const { section } = await openSection();
    const eve = expectSaved(await section.addPerson('Eve', []));
    expectSaved(await section.updateLastContact(eve.id, '2026-03-01'));
    const only = expectSaved(await section.logInteraction(eve.id, talk('2026-02-01')));
    await vi.waitFor(() => expect(section.logOf(eve.id)).toHaveLength(1));
    expect(lastContactOf(section, eve.id)).toBe('2026-03-01');
    expectSaved(await section.updateInteraction(only.id, talk('2026-03-05')));
    await vi.waitFor(() => expect(lastContactOf(section, eve.id)).toBe('2026-03-05'));
    expectSaved(await section.updateInteraction(only.id, talk('2026-03-03')));
    await vi.waitFor(() => expect(lastContactOf(section, eve.id)).toBe('2026-03-03'));
    expectSaved(await section.removeInteraction(only.id));
    await vi.waitFor(() => expect(section.logOf(eve.id)).toEqual([]));
    expect(lastContactOf(section, eve.id)).toBe('2026-03-03');
  });

  it('finds people by name, organisation or role, ignoring case and accents', async () => {
    const { section } = await openSection();
    expectSaved(await section.addPerson('Zoë Østergaard', []));
    const fay = expectSaved(await section.addPerson('Fay', []));
    expectSaved(await section.updateText(fay.id, 'organisation', 'Northwind'));
    const gus = expectSaved(await section.addPerson('Gus', []));
    expectSaved(await section.updateText(gus.id, 'title', 'Head of Data'));
    await vi.waitFor(() => expect(section.visiblePeople.map((person) => person.title)).toContain('Head of Data'));
    section.search.query = 'zoe';
    expect(section.visiblePeople.map((person) => person.name)).toEqual(['Zoë Østergaard']);
    section.search.query = 'NORTH';
    expect(section.visiblePeople.map((person) => person.name)).toEqual(['Fay']);
    section.search.query = 'head of';
    expect(section.visiblePeople.map((person) => person.name)).toEqual(['Gus']);
  });
});
