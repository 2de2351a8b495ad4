/** "No open questions" / "1 open question" / "3 open questions". */
export function questionsText(open: number): string {
  if (open === 0) return 'No open questions';
  return open === 1 ? '1 open question' : `${open} open questions`;
}

/** "1 level short" / "2 levels short". */
export function levelsShortText(levels: number): string {
  return levels === 1 ? '1 level short' : `${levels} levels short`;
}
