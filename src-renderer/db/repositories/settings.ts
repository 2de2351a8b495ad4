import { defaultSettings, settingsSchema, type Settings } from '@shared/settings';
import type { WaypointDatabase } from '../database';
import { runWrite } from '../transaction';
import { invalid, validate, type WriteResult } from '../write-result';

const settingKeys = Object.keys(defaultSettings);

/** App-wide preferences (not part of any workbook) and which workbook to reopen on start. */
export class SettingsRepository {
  constructor(private readonly db: WaypointDatabase) {}

  /** Never fails on bad stored data: each field that is absent or invalid falls back to its default. */
  async get(): Promise<Settings> {
    const stored: unknown = await this.db.settings.get('app');
    const whole = settingsSchema.safeParse(stored);
    if (whole.success) return whole.data;
    let settings: Settings = { ...defaultSettings };
    if (typeof stored !== 'object' || stored === null) return settings;
    for (const key of settingKeys) {
      const attempt = settingsSchema.safeParse({ ...settings, [key]: Reflect.get(stored, key) });
      if (attempt.success) settings = attempt.data;
    }
    return settings;
  }

  update(patch: Partial<Settings>): Promise<WriteResult<Settings>> {
    return runWrite(this.db, ['settings'], async (reject) => {
      const checked = validate(settingsSchema, { ...(await this.get()), ...patch });
      if (!checked.ok) return reject(invalid(checked.issues));
      await this.db.settings.put({ key: 'app', ...checked.value });
      return checked.value;
    });
  }

  /** The workbook to reopen on start, or null when there is none or it has since been deleted. */
  async getLastWorkbookId(): Promise<string | null> {
    return this.db.transaction('r', ['settings', 'workbooks'], async () => {
      const row = await this.db.settings.get('lastWorkbookId');
      const id = row?.key === 'lastWorkbookId' ? row.value : null;
      if (typeof id !== 'string') return null;
      return (await this.db.workbooks.get(id)) ? id : null;
    });
  }

  setLastWorkbookId(id: string | null): Promise<WriteResult<string | null>> {
    return runWrite(this.db, ['settings'], async () => {
      await this.db.settings.put({ key: 'lastWorkbookId', value: id });
      return id;
    });
  }
}
