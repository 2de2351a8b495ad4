import { untrack } from 'svelte';
import type { SectionId } from '@shared/workbook';
import type { AppState } from './app.svelte';

/**
 * Opens the item a link asked this section for (`#/skills/<id>`, from the Overview or search), once.
 * Call during the section component's initialisation; `open` runs outside any tracking.
 */
export function openRouteItems(app: AppState, section: SectionId, open: (item: string) => void): void {
  $effect(() => {
    const item = app.navigation.takeItem(section);
    if (item !== null) untrack(() => open(item));
  });
}
