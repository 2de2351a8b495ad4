import type { Component } from 'svelte';
import type { SectionId, Workbook } from '@shared/workbook';

export type SectionView = Component<{ workbook: Workbook }>;
type BuiltSectionId = Exclude<SectionId, 'overview'>;

/**
 * Each built section lives in sections/<section-id>/ with a `<Name>Section.svelte` taking the open
 * workbook. Found at build time, so adding a section needs no registration elsewhere. Not eager:
 * each section is its own chunk, fetched the first time it is opened, so start-up loads only the shell.
 */
const importers = new Map(
  // Overview is left out: the shell imports it directly, as the page a window opens on.
  Object.entries(import.meta.glob<{ default: SectionView }>(['./*/*Section.svelte', '!./overview/*'])).map(([path, load]) => [
    path.split('/')[1] ?? '',
    load,
  ]),
);

const loading = new Map<string, Promise<SectionView>>();
const loaded = new Map<string, SectionView>();

/** Whether the section has its own view; without one the shell shows the section's introduction. */
export function hasSectionView(id: BuiltSectionId): boolean {
  return importers.has(id);
}

/** The view when its code has already arrived, so a section opened before shows without a loading state. */
export function loadedSectionView(id: BuiltSectionId): SectionView | undefined {
  return loaded.get(id);
}

/** Fetches the section's code once; every later call gets the same promise. */
export function loadSectionView(id: BuiltSectionId): Promise<SectionView> {
  const pending = loading.get(id);
  if (pending) return pending;
  const load = importers.get(id);
  if (!load) return Promise.reject(new Error(`The ${id} section has no view`));
  const started = load().then(
    (module) => {
      loaded.set(id, module.default);
      return module.default;
    },
    (error: unknown) => {
      // Forget the failure so opening the section again retries.
      loading.delete(id);
      throw error;
    },
  );
  loading.set(id, started);
  return started;
}
