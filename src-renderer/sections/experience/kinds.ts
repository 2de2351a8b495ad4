import type { Component } from 'svelte';
import Briefcase from '@lucide/svelte/icons/briefcase';
import FolderKanban from '@lucide/svelte/icons/folder-kanban';
import GraduationCap from '@lucide/svelte/icons/graduation-cap';
import HandHeart from '@lucide/svelte/icons/hand-heart';
import { experienceKindWords, type ExperienceKind } from '@shared/experience';
import { experienceKinds } from '@shared/workbook';

export const kindIcons: Readonly<Record<ExperienceKind, Component>> = {
  role: Briefcase,
  education: GraduationCap,
  volunteering: HandHeart,
  project: FolderKanban,
};

export const kindOptions = experienceKinds.map((kind) => ({ value: kind, label: experienceKindWords[kind].one }));

/** Examples in the fields, so each kind reads naturally ("Course or degree" rather than "Title"). */
export const kindPlaceholders: Readonly<Record<ExperienceKind, { title: string; organisation: string }>> = {
  role: { title: 'e.g. Data analyst', organisation: 'e.g. Northwind Freight' },
  education: { title: 'e.g. MSc Applied Statistics', organisation: 'e.g. University of Leeds' },
  volunteering: { title: 'e.g. Mentor for new coders', organisation: 'e.g. Code Club' },
  project: { title: 'e.g. Delivery-time dashboard', organisation: 'e.g. Northwind Freight, or on your own' },
};
