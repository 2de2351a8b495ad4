import type { Component } from 'svelte';
import type { SectionId, Workbook } from '@shared/workbook';

export type SectionView = Component<{ workbook: Workbook }>;

/**
 * Each built section lives in sections/<section-id>/ with a `<Name>Section.svelte` taking the open
 * workbook. Found at build time, so adding a section needs no registration elsewhere.
 */
const modules = import.meta.glob<{ default: SectionView }>('./*/*Section.svelte', { eager: true });

const views = new Map<string, SectionView>(
  Object.entries(modules).map(([path, module]) => [path.split('/')[1] ?? '', module.default]),
);

/** The section's own view, or undefined while only its introduction exists. Overview is wired by the shell. */
export function sectionView(id: Exclude<SectionId, 'overview'>): SectionView | undefined {
  return views.get(id);
}
