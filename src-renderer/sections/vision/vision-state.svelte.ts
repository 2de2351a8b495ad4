import { coreValueNames, ikigaiSuggestions, withSuggestion, type IkigaiArea, type IkigaiSuggestion } from '@shared/ikigai';
import { isRated } from '@shared/skills-plan';
import type { CustomValue, Skill, ValueSort, Vision } from '@shared/workbook';
import type { VisionRow, WriteResult } from '../../db';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SectionState } from '../../state/section-state.svelte';

export type VisionStatement = 'fiveYears' | 'tenYears' | 'purpose' | 'workSays';
export type IkigaiText = IkigaiArea | 'overlap';

const emptyIkigai: Vision['ikigai'] = { love: '', goodAt: '', worldNeeds: '', paidFor: '', overlap: '' };
/** Writes to the one vision row, in the order they were asked for. */
const visionSerial = 'vision/vision';

/**
 * The Vision section's state: the workbook's one vision row, and what the ikigai suggestions are drawn
 * from (skills, value sorts, own values). Must be created during component initialisation.
 */
export class VisionState extends SectionState {
  readonly #vision: LiveQuery<VisionRow | null, string> = this.live((id) => this.repositories.vision.get(id), null);
  readonly #skills: LiveQuery<Skill[], string> = this.live((id) => this.repositories.skills.list(id), []);
  readonly #sorts: LiveQuery<ValueSort[], string> = this.live((id) => this.repositories.valueSorts.list(id), []);
  readonly #customValues: LiveQuery<CustomValue[], string> = this.live((id) => this.repositories.customValues.list(id), []);
  /** Read out by a polite live region: a suggestion taken into an area that is not at the focus. */
  announcement = $state('');
  /** A suggestion that could not be added, shown by its area. */
  problem = $state<{ area: IkigaiArea; message: string } | null>(null);

  readonly loaded = $derived(this.#vision.loaded);
  readonly ikigai = $derived(this.#vision.current?.ikigai ?? emptyIkigai);
  readonly coreValues = $derived.by(() => coreValueNames(this.#sorts.current, this.#customValues.current));
  readonly suggestions = $derived.by(() =>
    ikigaiSuggestions({ skills: this.#skills.current, coreValues: this.coreValues, ikigai: this.ikigai }),
  );
  /** Whether the workbook has anything to suggest from at all (rated skills or core values). */
  readonly hasSources = $derived(this.#skills.current.some(isRated) || this.coreValues.length > 0);

  statement(field: VisionStatement): string {
    return this.#vision.current?.[field] ?? '';
  }

  key(field: string): string {
    return this.fieldKey('vision', 'vision', field);
  }

  saveStatement(field: VisionStatement, text: string): Promise<WriteResult<VisionRow>> {
    return this.write(() => this.repositories.vision.save(this.workbookId, { [field]: text }), { serial: visionSerial });
  }

  async saveIkigai(area: IkigaiText, text: string): Promise<WriteResult<VisionRow>> {
    const result = await this.write(() => this.repositories.vision.save(this.workbookId, { ikigai: { [area]: text } }), {
      serial: visionSerial,
    });
    // A suggestion refused for length may fit now that the area was edited: its message would be stale.
    if (result.status === 'saved' && this.problem?.area === area) this.problem = null;
    return result;
  }

  /** Adds a suggestion on a line of its own to what its area holds in storage (not what is on screen). */
  async take(suggestion: IkigaiSuggestion, areaTitle: string): Promise<WriteResult<VisionRow>> {
    const result = await this.write(
      () =>
        this.repositories.vision.modify(this.workbookId, (current) => ({
          ikigai: { [suggestion.area]: withSuggestion(current.ikigai[suggestion.area], suggestion.text) },
        })),
      { serial: visionSerial },
    );
    if (result.status === 'saved') {
      this.problem = null;
      this.announcement = `Added ${suggestion.text} to ${areaTitle}.`;
    } else {
      const message =
        result.status === 'invalid' ? `${areaTitle} would be too long with ${suggestion.text}: shorten it first.` : result.message;
      this.problem = { area: suggestion.area, message };
    }
    return result;
  }
}
