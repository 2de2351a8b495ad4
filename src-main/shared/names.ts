/*
 * One rule for names the person gives things (skills, values, workbooks): two names are the same when
 * they differ only in case, accents, spacing or characters nobody can see, and a name must have
 * something visible in it.
 */

/**
 * Characters that show nothing: zero-width spaces and joiners, word joiner, soft hyphen, BOM, Hangul
 * fillers, … and the blank Braille pattern, which looks like a space.
 */
const invisible = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;
const invisibleOrSpaceAtEnds = /^[\s\p{Default_Ignorable_Code_Point}\u2800]+|[\s\p{Default_Ignorable_Code_Point}\u2800]+$/gu;
/** Accents and other marks that sit on a letter without taking space of their own. */
const nonSpacingMarks = /\p{Mn}/gu;

/**
 * A name reduced to what tells it apart: compatibility forms unified (full-width letters, ligatures),
 * case folded, accents dropped, invisible characters dropped, runs of whitespace made one space.
 * "  Résumé\u200B writing " and "resume WRITING" fold to the same text.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFD')
    .replace(nonSpacingMarks, '')
    .replace(invisible, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}

/** True when two names would read as the same name to the person. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

/**
 * The name to store: trimmed of spaces and invisible characters at both ends, or '' when nothing
 * visible is left (a name made only of zero-width spaces is no name).
 */
export function visibleName(text: string): string {
  const trimmed = text.replace(invisibleOrSpaceAtEnds, '');
  return trimmed.replace(invisible, '').trim() === '' ? '' : trimmed;
}
