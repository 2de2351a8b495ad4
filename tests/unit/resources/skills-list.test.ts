import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInSkillCategories } from '@shared/workbook';
import { skillSchema } from '@shared/workbook';

const file = resolve(import.meta.dirname, '../../../resources/skills.json');
const list: unknown = JSON.parse(readFileSync(file, 'utf8'));

describe('resources/skills.json, the bundled skill suggestions', () => {
  it('is a list of at least 150 entries, each a name and a built-in category', () => {
    expect(Array.isArray(list)).toBe(true);
    const entries = list as unknown[];
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const entry of entries) {
      expect(entry).toEqual({ name: expect.any(String), category: expect.any(String) });
      const { name, category } = entry as { name: string; category: string };
      expect(builtInSkillCategories as readonly string[], `category of “${name}”`).toContain(category);
      expect(skillSchema.shape.name.safeParse(name).success, `“${name}” is a valid skill name`).toBe(true);
      expect(name, 'no stray spaces').toBe(name.trim());
    }
  });

  it('has no name twice, ignoring case', () => {
    const names = (list as Array<{ name: string }>).map((entry) => entry.name.toLowerCase());
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    expect(repeated).toEqual([]);
  });

  it('is varied: every built-in category has at least 20 entries', () => {
    const entries = list as Array<{ category: string }>;
    for (const category of builtInSkillCategories) {
      expect(entries.filter((entry) => entry.category === category).length, category).toBeGreaterThanOrEqual(20);
    }
  });
});
