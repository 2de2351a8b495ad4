import { useApp } from '../../state/app.svelte';
import { Draft, type DraftOptions } from '../../state/draft.svelte';
import { useDraftScope } from '../../state/draft-scope';

/**
 * A draft for a field component, created during its initialisation: it follows the stored value, joins
 * the nearest editing surface (a side panel) so closing it writes or reports the field, and is written
 * when the field goes away.
 */
export function createDraft<T>(options: DraftOptions<T>, focus: () => void): Draft<T> {
  const app = useApp();
  const draft = new Draft(app.pendingEdits, options, app.draftRecovery);
  const scope = useDraftScope();
  $effect.pre(() => draft.follow());
  $effect(() => {
    const leave = scope?.add({
      label: options.label,
      flush: () => draft.flush(),
      refusal: () => (draft.refused ? draft.error : null),
      discard: () => draft.discard(),
      focus,
    });
    return () => {
      leave?.();
      void draft.dispose();
    };
  });
  return draft;
}
