import { describe, expect, it, vi } from 'vitest';
import { PeopleState } from '../../../../src-renderer/sections/people/people-state.svelte';
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
