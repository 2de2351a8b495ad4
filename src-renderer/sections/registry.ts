import type { Component } from 'svelte';
import { sectionTitles, type SectionId } from '@shared/workbook';
import LayoutDashboard from '@lucide/svelte/icons/layout-dashboard';
import Telescope from '@lucide/svelte/icons/telescope';
import Scale from '@lucide/svelte/icons/scale';
import Hammer from '@lucide/svelte/icons/hammer';
import Heart from '@lucide/svelte/icons/heart';
import Users from '@lucide/svelte/icons/users';
import Signpost from '@lucide/svelte/icons/signpost';
import Flag from '@lucide/svelte/icons/flag';
import Briefcase from '@lucide/svelte/icons/briefcase';
import CalendarCheck from '@lucide/svelte/icons/calendar-check';

export interface SectionInfo {
  id: SectionId;
  title: string;
  /** One line under the title: what the section is for. */
  purpose: string;
  /** Two or three sentences on why the section matters. */
  why: string;
  /** The question that gets someone started. */
  prompt: string;
  /** What the section will hold, with one example, shown while it is empty. */
  example: string;
  icon: Component;
}

type SectionText = Omit<SectionInfo, 'title'>;

const sectionTexts: readonly SectionText[] = [
  {
    id: 'overview',
    purpose: 'Your plan at a glance: what is next, what is due, how complete it is.',
    why: 'A plan only helps if you come back to it. This page gathers what needs your attention this week so a short visit is enough.',
    prompt: 'Who is this plan for, and how would you describe what you do today?',
    example: 'For example: “Data analyst at a logistics company, curious about product work.”',
    icon: LayoutDashboard,
  },
  {
    id: 'vision',
    purpose: 'Where you want to be in five and ten years, and why.',
    why: 'Milestones are easier to choose when you know the direction. A vision does not need to be certain; it needs to be yours, so you can tell which opportunities move you towards it.',
    prompt: 'Imagine a good working week ten years from now. What are you doing, and with whom?',
    example: 'For example: “Leading a small product team that builds tools people rely on every day.”',
    icon: Telescope,
  },
  {
    id: 'job-or-career',
    purpose: 'Score your current role on seven lenses and watch the trend.',
    why: 'The same role can feel like a job one year and a career the next. Scoring it now and again shows which way it is moving, and which lens is holding it back.',
    prompt: 'Does your current work build towards something, or mostly pay the bills for now?',
    example: 'For example: skill growth 4 of 5, “I learn something every sprint”; identity 2 of 5.',
    icon: Scale,
  },
  {
    id: 'skills',
    purpose: 'What you can do, how much you enjoy it, and what to learn next.',
    why: 'The skills you are good at and enjoy are the ones worth building a career on. Mapping both shows your motivated strengths, and the skills that quietly wear you out.',
    prompt: 'What do you enjoy doing, even when it is hard?',
    example: 'For example: “SQL — proficiency 4, enjoyment 5, aiming for 5.”',
    icon: Hammer,
  },
  {
    id: 'values',
    purpose: 'Sort what matters to you at work and name your core values.',
    why: 'Values decide whether a role that looks right on paper will feel right on a Tuesday afternoon. Knowing yours helps you compare paths honestly.',
    prompt: 'Think of a day at work that felt deeply right. What made it so?',
    example: 'For example: “Autonomy — I choose how to reach the goal.”',
    icon: Heart,
  },
  {
    id: 'people',
    purpose: 'Your personal board of directors, and when to get back in touch.',
    why: 'Careers move through people: someone who teaches you, someone who speaks for you when you are not in the room, someone who introduces you. Naming them shows which seats are still empty.',
    prompt: 'Who has helped you most in the last two years, and when did you last talk?',
    example: 'For example: “Amira, mentor, former team lead; catch up every two months.”',
    icon: Users,
  },
  {
    id: 'paths',
    purpose: 'Compare possible futures and test them with small experiments.',
    why: 'Most people have more than one good future. Laying two or three side by side shows which skills each needs, which values it serves, and what you could try now to learn more.',
    prompt: 'If your current track disappeared tomorrow, what would you try instead?',
    example: 'For example: “Product manager in a data-heavy company” against “Lead data scientist”.',
    icon: Signpost,
  },
  {
    id: 'milestones',
    purpose: 'Concrete steps over 90 days, 1, 3, 5 and 10 years.',
    why: 'A direction becomes a plan when it has steps with dates. Good milestones are specific, measurable and tied to something you care about.',
    prompt: 'What is one thing you could finish in the next 90 days that moves you forward?',
    example: 'For example: “Lead one product discovery interview series by the end of March.”',
    icon: Flag,
  },
  {
    id: 'experience',
    purpose: 'Roles, education, volunteering and projects: the record you build on.',
    why: 'What you have done is evidence of what you can do. Writing it down, with the skills each role used or grew, makes gaps and strengths easier to see.',
    prompt: 'Which role or project taught you the most, and what did you achieve there?',
    example: 'For example: “Analyst, Northwind Freight, 2021 – present: cut weekly reporting from two days to two hours.”',
    icon: Briefcase,
  },
  {
    id: 'reviews',
    purpose: 'Regular check-ins on what moved, what is stuck and what comes next.',
    why: 'Plans drift. A short review every quarter keeps yours honest, and the figures kept with each completed review show your progress over the years.',
    prompt: 'Since your last review, what moved forward, and what did not?',
    example: 'For example: “Q3: finished the SQL course; the mentoring request is still waiting.”',
    icon: CalendarCheck,
  },
];

export const sections: readonly SectionInfo[] = sectionTexts.map((text) => ({ ...text, title: sectionTitles[text.id] }));

export function sectionInfo(id: SectionId): SectionInfo {
  const info = sections.find((section) => section.id === id);
  if (!info) throw new Error(`Unknown section ${id}`);
  return info;
}
