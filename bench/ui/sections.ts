import type { SectionId, WorkbookSnapshot } from '../../src-main/shared/workbook';
import type { FieldLabel, ShownProbe } from './page-probes';

export type EditTarget =
  /**
   * Open the first item of the list (its panel) and type into the panel's first text field; after
   * pressing `firstPress` (a tab) and from the list `list` names, when the section opens on another view.
   */
  | { kind: 'first item'; firstPress?: string; list?: ShownProbe }
  /** Type into the field with this label, after pressing the button `firstPress` when there is one. */
  | { kind: 'field'; label: FieldLabel; firstPress?: string };

export interface SectionBench {
  id: SectionId;
  title: string;
  /** The section is shown when this element is drawn (with its first item, for lists). */
  shown: ShownProbe;
  /** The search field's label and what to type into it; null when the section has no search by design. */
  search: { label: string; text: (snapshot: WorkbookSnapshot) => string } | null;
  edit: EditTarget;
}

/** About 30 characters of a real entry, so the search narrows the way it does for a person. */
function firstLongName(names: readonly string[], fallback: string): string {
  return (names.find((name) => name.length >= 24) ?? names[0] ?? fallback).slice(0, 30);
}

/**
 * The sections the bench drives, by the labels they promise (see the brief for each section: a main
 * list with an accessible name, and a search field labelled "Search <things>"). A section that does
 * not have them yet is reported as "not available yet".
 */
export const benchedSections: readonly SectionBench[] = [
  {
    id: 'skills',
    title: 'Skills',
    shown: { name: 'Skills', needs: 'first item' },
    search: { label: 'Search skills', text: (snapshot) => firstLongName(snapshot.skills.map((skill) => skill.name), 'Data visualisation') },
    edit: { kind: 'first item' },
  },
  {
    id: 'experience',
    title: 'Experience',
    shown: { name: 'Experience', needs: 'first item' },
    search: {
      label: 'Search experience',
      text: (snapshot) => firstLongName(snapshot.experiences.map((experience) => `${experience.title} ${experience.organisation}`), 'Data analyst'),
    },
    edit: { kind: 'first item' },
  },
  {
    id: 'values',
    title: 'Values',
    shown: { name: 'Values', needs: 'first item' },
    search: { label: 'Search values', text: (snapshot) => firstLongName(snapshot.customValues.map((value) => value.name), 'Autonomy') },
    // A completed sort is read-only; reopening it shows the ranking, where people write what each value means.
    edit: { kind: 'field', label: { pattern: '^What .+ means to me$' }, firstPress: 'Change this sort' },
  },
  {
    id: 'people',
    title: 'People',
    shown: { name: 'Your people', needs: 'first item' },
    search: { label: 'Search people', text: (snapshot) => firstLongName(snapshot.people.map((person) => `${person.name} ${person.organisation}`), 'Amira Haddad') },
    edit: { kind: 'first item' },
  },
  {
    id: 'paths',
    title: 'Paths',
    shown: { name: 'Your paths', needs: 'first item' },
    // A person weighs a handful of paths; the list and the comparison table show them all at once.
    search: null,
    edit: { kind: 'first item' },
  },
  {
    id: 'milestones',
    title: 'Milestones',
    // The section opens on the roadmap; its list is a tab away.
    shown: { name: 'Roadmap', needs: 'self' },
    search: null,
    edit: { kind: 'first item', firstPress: 'List', list: { name: 'Your milestones', needs: 'first item' } },
  },
  {
    id: 'reviews',
    title: 'Reviews',
    shown: { name: 'Your reviews', needs: 'first item' },
    search: null,
    // The newest review (a draft) is open beside the list.
    edit: { kind: 'field', label: 'What moved' },
  },
  {
    id: 'overview',
    title: 'Overview',
    shown: { name: 'Plan completeness', needs: 'self' },
    search: null,
    edit: { kind: 'field', label: 'Headline' },
  },
];

/** Typed into edit fields: about 30 characters, appended to what is there. */
export const editText = ' (revised after the spring review)';
