import { valueChoices } from '@shared/milestone-links';
import { doneOnAfter, isOverdue, nextActions } from '@shared/milestones';
import { hasVisibleText } from '@shared/model-primitives';
import type { Horizon, Milestone, MilestoneStep } from '@shared/planning';
import { roadmapLayout, type RoadmapZoom } from '@shared/roadmap';
import type { CustomValue, ValueSort } from '@shared/workbook';
import { failed, invalid, saved, type Row, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';
import { currentDay } from '../../state/clock';

type MilestoneRow = Row<'milestones'>;
export type MilestonesTab = 'roadmap' | 'list' | 'next-actions';
type LinkList = 'skillIds' | 'personIds' | 'valueIds';
type SmartText = 'specific' | 'measure' | 'whyItMatters';

const titleMessage = 'is needed: what will be true when it is done';
const stepMessage = 'is needed: what you will do';
const progressMessage = 'must be a whole number from 0 to 100';

/** Where undo of a deleted milestone puts focus: its row in the list, or its marker on the roadmap. */
export function milestoneFocus(milestoneId: string): string {
  const id = CSS.escape(milestoneId);
  return `[data-milestone-id="${id}"] button.open, [data-marker-id="${id}"]`;
}

/** The text field of a checklist step in the open panel. */
export function stepFocus(stepId: string): string {
  return `#${CSS.escape(`step-${stepId}-text`)}`;
}

function namesById(paths: readonly { id: string; name: string }[]): ReadonlyMap<string, string> {
  return new Map(paths.map((path) => [path.id, path.name]));
}

/** Rows stored before steps, the progress source and the done date read with their defaults. */
function withDefaults(row: MilestoneRow): MilestoneRow {
  if (row.steps !== undefined && row.progressFrom !== undefined && row.doneOn !== undefined) return row;
  return { ...row, steps: row.steps ?? [], progressFrom: row.progressFrom ?? 'manual', doneOn: row.doneOn ?? null };
}

/**
 * The Milestones section's state: the milestones (by target date, as the registry orders them), what
 * they link to (paths, skills, people, core values), the roadmap and next actions derived from them,
 * which view, zoom and milestone panel are open. Must be created during component initialisation.
 */
export class MilestonesState extends SectionState {
  readonly #milestones: LiveQuery<MilestoneRow[], string> = this.live((id) => this.repositories.milestones.list(id), []);
  readonly paths: LiveQuery<Row<'paths'>[], string> = this.live((id) => this.repositories.paths.list(id), []);
  readonly skills: LiveQuery<Row<'skills'>[], string> = this.live((id) => this.repositories.skills.list(id), []);
  readonly people: LiveQuery<Row<'people'>[], string> = this.live((id) => this.repositories.people.list(id), []);
  readonly #sorts: LiveQuery<ValueSort[], string> = this.live((id) => this.repositories.valueSorts.list(id), []);
  readonly #customValues: LiveQuery<CustomValue[], string> = this.live((id) => this.repositories.customValues.list(id), []);
  tab = $state<MilestonesTab>('roadmap');
  zoom = $state<RoadmapZoom>('year');
  /** Markers closer than this fraction of the roadmap's width are stacked; the drawing sets it from its width. */
  markerGap = $state(0.03);
  openMilestoneId = $state<string | null>(null);
  /** False while the panel shows a milestone just added from the add form: focus stays in the form. */
  panelTakesFocus = $state(true);
  addFormOpen = $state(false);
  readonly today: string;

  constructor(app: AppState, workbookId: string, today = currentDay()) {
    super(app, workbookId);
    this.today = today;
  }

  readonly loaded = $derived(this.#milestones.loaded && this.paths.loaded && this.skills.loaded && this.people.loaded);
  readonly error = $derived(this.#milestones.error ?? this.paths.error ?? this.skills.error ?? this.people.error);
  readonly milestones = $derived.by(() => this.#milestones.current.map(withDefaults));
  readonly openMilestone = $derived.by(() => this.milestones.find((milestone) => milestone.id === this.openMilestoneId) ?? null);
  readonly pathNames = $derived.by(() => namesById(this.paths.current));
  readonly overdue = $derived.by(() => this.milestones.filter((milestone) => isOverdue(milestone, this.today)));
  readonly nextActions = $derived.by(() => nextActions(this.milestones, this.today));
  readonly roadmap = $derived.by(() =>
    roadmapLayout({ milestones: this.milestones, paths: this.paths.current, today: this.today, zoom: this.zoom, minGap: this.markerGap }),
  );

  /** Core values to link, plus any the milestone links that are no longer core. */
  valueChoices(linked: readonly string[]) {
    return valueChoices(this.#sorts.current, this.#customValues.current, linked);
  }

  open(milestoneId: string, takeFocus = true): void {
    this.panelTakesFocus = takeFocus;
    this.openMilestoneId = milestoneId;
  }

  close(): void {
    this.openMilestoneId = null;
  }

  addMilestone(title: string, horizon: Horizon): Promise<WriteResult<MilestoneRow>> {
    if (!hasVisibleText(title)) return Promise.resolve(invalid([{ path: 'title', message: titleMessage }]));
    return this.createRow(this.repositories.milestones, {
      title,
      horizon,
      specific: '',
      measure: '',
      whyItMatters: '',
      valueIds: [],
      targetDate: null,
      pathId: null,
      skillIds: [],
      personIds: [],
      status: 'not-started',
      progress: 0,
      steps: [],
      progressFrom: 'steps',
      doneOn: null,
    });
  }

  /** A milestone always has a title: an emptied field is refused at the field, and the stored title stays. */
  updateTitle(milestoneId: string, title: string): Promise<WriteResult<MilestoneRow>> {
    if (!hasVisibleText(title)) return Promise.resolve(invalid([{ path: 'title', message: titleMessage }]));
    return this.updateRow(this.repositories.milestones, milestoneId, { title });
  }

  updateText(milestoneId: string, field: SmartText, text: string): Promise<WriteResult<MilestoneRow>> {
    return this.updateRow(this.repositories.milestones, milestoneId, { [field]: text });
  }

  updateHorizon(milestoneId: string, horizon: Horizon): Promise<WriteResult<MilestoneRow>> {
    return this.updateRow(this.repositories.milestones, milestoneId, { horizon });
  }

  updateTargetDate(milestoneId: string, targetDate: string | null): Promise<WriteResult<MilestoneRow>> {
    return this.updateRow(this.repositories.milestones, milestoneId, { targetDate });
  }

  updatePath(milestoneId: string, pathId: string | null): Promise<WriteResult<MilestoneRow>> {
    return this.updateRow(this.repositories.milestones, milestoneId, { pathId });
  }

  /** Done today when it becomes done; the done date goes when it leaves done. */
  updateStatus(milestoneId: string, status: Milestone['status']): Promise<WriteResult<MilestoneRow>> {
    return this.modifyRow(this.repositories.milestones, milestoneId, (stored) => ({
      status,
      doneOn: doneOnAfter({ status: stored.status, doneOn: stored.doneOn ?? null }, status, this.today),
    }));
  }

  /** The day it was done, for a milestone marked done after the fact; the model refuses it on one not done. */
  updateDoneOn(milestoneId: string, doneOn: string | null): Promise<WriteResult<MilestoneRow>> {
    return this.updateRow(this.repositories.milestones, milestoneId, { doneOn });
  }

  /** Links are changed from the stored row, so two quick ticks do not undo each other; none is listed twice. */
  toggleLink(milestoneId: string, list: LinkList, id: string, on: boolean): Promise<WriteResult<MilestoneRow>> {
    return this.modifyRow(this.repositories.milestones, milestoneId, (stored) => ({
      [list]: [...stored[list].filter((linked) => linked !== id), ...(on ? [id] : [])],
    }));
  }

  setProgressFrom(milestoneId: string, progressFrom: Milestone['progressFrom']): Promise<WriteResult<MilestoneRow>> {
    return this.updateRow(this.repositories.milestones, milestoneId, { progressFrom });
  }

  /** Progress by hand, as typed: a whole number from 0 to 100, or a message at the field. */
  setProgress(milestoneId: string, typed: string): Promise<WriteResult<MilestoneRow>> {
    const text = typed.trim().replace(/\s*%$/, '');
    const progress = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!(progress >= 0 && progress <= 100)) return Promise.resolve(invalid([{ path: 'progress', message: progressMessage }]));
    return this.updateRow(this.repositories.milestones, milestoneId, { progress });
  }

  addStep(milestoneId: string, text: string, due: string | null = null): Promise<WriteResult<MilestoneRow>> {
    if (!hasVisibleText(text)) return Promise.resolve(invalid([{ path: 'text', message: stepMessage }]));
    const step: MilestoneStep = { id: crypto.randomUUID(), text, done: false, due };
    return this.modifyRow(this.repositories.milestones, milestoneId, (stored) => ({ steps: [...(stored.steps ?? []), step] }));
  }

  updateStepText(milestoneId: string, stepId: string, text: string): Promise<WriteResult<MilestoneRow>> {
    if (!hasVisibleText(text)) return Promise.resolve(invalid([{ path: 'text', message: stepMessage }]));
    return this.#changeStep(milestoneId, stepId, { text });
  }

  updateStepDue(milestoneId: string, stepId: string, due: string | null): Promise<WriteResult<MilestoneRow>> {
    return this.#changeStep(milestoneId, stepId, { due });
  }

  /** Ticking the first step of a milestone not started yet puts it in progress. */
  tickStep(milestoneId: string, stepId: string, done: boolean): Promise<WriteResult<MilestoneRow>> {
    return this.modifyRow(this.repositories.milestones, milestoneId, (stored) => ({
      steps: (stored.steps ?? []).map((step) => (step.id === stepId ? { ...step, done } : step)),
      ...(done && stored.status === 'not-started' ? { status: 'in-progress' as const } : {}),
    }));
  }

  #changeStep(milestoneId: string, stepId: string, patch: Partial<MilestoneStep>): Promise<WriteResult<MilestoneRow>> {
    return this.modifyRow(this.repositories.milestones, milestoneId, (stored) => ({
      steps: (stored.steps ?? []).map((step) => (step.id === stepId ? { ...step, ...patch } : step)),
    }));
  }

  /** Removes one step and offers undo in the toast (and on Ctrl+Z), like any other deletion. */
  removeStep(milestone: MilestoneRow, stepId: string): Promise<WriteResult<unknown>> {
    const milestones = this.repositories.milestones;
    return this.app.writer.deleteWithUndo({
      workbookId: this.workbookId,
      remove: async () => {
        const removed: { step: MilestoneStep; index: number }[] = [];
        const result = await milestones.modify(this.workbookId, milestone.id, (current) => {
          const steps = current.steps ?? [];
          const index = steps.findIndex((step) => step.id === stepId);
          const step = steps[index];
          if (step) removed.push({ step, index });
          return { steps: steps.filter((item) => item.id !== stepId) };
        });
        const first = removed[0];
        if (result.status !== 'saved') return result;
        return first ? saved(first) : failed('That step was already removed.');
      },
      restore: ({ step, index }) =>
        milestones.modify(this.workbookId, milestone.id, (current) => {
          const steps = current.steps ?? [];
          return { steps: steps.some((item) => item.id === step.id) ? steps : [...steps.slice(0, index), step, ...steps.slice(index)] };
        }),
      describe: ({ step }) => `the step “${step.text}”`,
      focusAfterUndo: stepFocus(stepId),
      serial: entityKey('milestones', milestone.id),
    });
  }

  remove(milestoneId: string): Promise<WriteResult<unknown>> {
    if (this.openMilestoneId === milestoneId) this.openMilestoneId = null;
    return this.removeRow(this.repositories.milestones, milestoneId, milestoneFocus(milestoneId));
  }
}
