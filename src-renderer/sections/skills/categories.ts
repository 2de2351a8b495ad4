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

/** The choice in a category menu that asks for a name of the person's own. */
export const ownCategoryChoice = '__own__';

export type CategoryOption = { value: string; label: string };

/**
 * The category menu of the add form and of a skill's panel: the built-in categories, the person's own
 * ones already in use, and "a category of your own".
 */
export function categoryOptions(own: readonly string[]): CategoryOption[] {
  return [
    ...builtInSkillCategories.map((category) => ({ value: category, label: categoryLabels[category] })),
    ...own.map((category) => ({ value: category, label: category })),
    { value: ownCategoryChoice, label: 'A category of your own…' },
  ];
}
