import { builtInSkillCategories } from '@shared/workbook';

export type BuiltInCategory = (typeof builtInSkillCategories)[number];

export const categoryLabels: Readonly<Record<BuiltInCategory, string>> = {
  technical: 'Technical',
  transferable: 'Transferable',
  domain: 'Domain knowledge',
  people: 'People',
  'self-management': 'Self-management',
};

export function isBuiltInCategory(category: string): category is BuiltInCategory {
  return (builtInSkillCategories as readonly string[]).includes(category);
}

/** A category as the person reads it: built-in ones by their label, their own ones as they typed them. */
export function categoryLabel(category: string): string {
  return isBuiltInCategory(category) ? categoryLabels[category] : category;
}

/** The person's own categories in use, without duplicates, sorted for a stable menu. */
export function customCategories(categories: Iterable<string>): string[] {
  const own = new Set<string>();
  for (const category of categories) if (!isBuiltInCategory(category)) own.add(category);
  return [...own].sort((a, b) => a.localeCompare(b));
}
