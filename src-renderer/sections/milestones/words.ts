import Circle from '@lucide/svelte/icons/circle';
import CircleCheck from '@lucide/svelte/icons/circle-check';
import CircleDot from '@lucide/svelte/icons/circle-dot';
import CircleX from '@lucide/svelte/icons/circle-x';
import type { Component } from 'svelte';
import type { Horizon, Milestone } from '@shared/planning';

type Status = Milestone['status'];

/** How each horizon reads in headings and choices. */
export const horizonLabels: Readonly<Record<Horizon, string>> = {
  '90d': '90 days',
  '1y': '1 year',
  '3y': '3 years',
  '5y': '5 years',
  '10y': '10 years',
};

/** Each status in words with its own icon, so it never rests on colour alone. */
export const statusLooks: Readonly<Record<Status, { label: string; icon: Component }>> = {
  'not-started': { label: 'Not started', icon: Circle },
  'in-progress': { label: 'In progress', icon: CircleDot },
  done: { label: 'Done', icon: CircleCheck },
  dropped: { label: 'Dropped', icon: CircleX },
};
