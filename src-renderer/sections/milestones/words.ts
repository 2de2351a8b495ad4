import Circle from '@lucide/svelte/icons/circle';
import CircleCheck from '@lucide/svelte/icons/circle-check';
import CircleDot from '@lucide/svelte/icons/circle-dot';
import CircleX from '@lucide/svelte/icons/circle-x';
import type { Component } from 'svelte';
import { milestoneStatusLabels } from '@shared/milestones';
import type { Milestone } from '@shared/planning';

type Status = Milestone['status'];

/** Each status in words with its own icon, so it never rests on colour alone. */
export const statusLooks: Readonly<Record<Status, { label: string; icon: Component }>> = {
  'not-started': { label: milestoneStatusLabels['not-started'], icon: Circle },
  'in-progress': { label: milestoneStatusLabels['in-progress'], icon: CircleDot },
  done: { label: milestoneStatusLabels.done, icon: CircleCheck },
  dropped: { label: milestoneStatusLabels.dropped, icon: CircleX },
};
