/*
 * Reading a JSON Resume (resume.json) into a new workbook: a preview (owner, how many entries of each
 * section, warnings) and the snapshot to write once the person agrees. Returns values, never throws;
 * nothing is written here. The byte checks are the workbook reader's (shared/file-text.ts).
 */
import { decodeText, endsPartWay, megabytes } from '../../shared/file-text';
import { visibleName } from '../../shared/names';
import { formatIssuePath, plainIssueMessage } from '../../shared/plain-issues';
import { entityCollections, workbookSnapshotSchema, type WorkbookSnapshot } from '../../shared/workbook';
import { workbookFileFormat } from '../../shared/workbook-file';
import { fit, isObject, list, text, type Json } from './json-resume-fields';
import { mapCertificates, mapExperiences, mapSkills, resumeSections, type MapContext, type ResumeSection } from './json-resume-map';

export { resumeSections, type ResumeSection };

export interface JsonResumePreview {
  owner: { name: string; headline: string };
  /** Entries taken from each section of the résumé. */
  counts: Record<ResumeSection, number>;
  warnings: string[];
}

export type JsonResumeResult =
  | { status: 'ok'; snapshot: WorkbookSnapshot; preview: JsonResumePreview }
  | { status: 'refused'; message: string };

export interface JsonResumeContext {
  /** A new entity id each call (unique within the workbook). */
  newId: () => string;
  /** ISO timestamp stamped on every entity as createdAt and updatedAt. */
  now: string;
}

/** Résumés are a few kilobytes; anything past this is not one. */
export const maxResumeBytes = 5 * 1024 * 1024;

const notAResume = 'This file is not a JSON Resume';
/** Sections of the JSON Resume schema; a résumé has at least one of them. */
const knownSections = ['basics', ...resumeSections, 'awards', 'publications', 'languages', 'interests', 'references'] as const;
const leftOutSections = ['awards', 'publications', 'languages', 'interests', 'references'] as const;

const refused = (message: string): JsonResumeResult => ({ status: 'refused', message });

function parse(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: 'This file is empty: it holds no résumé.' };
  if (bytes.length > maxResumeBytes) {
    return { ok: false, message: `This file is too large to be a résumé (${megabytes(bytes.length)}; the largest Waypoint reads is ${megabytes(maxResumeBytes)}).` };
  }
  const decoded = decodeText(bytes);
  if (decoded === null) return { ok: false, message: `${notAResume}: it holds binary data (like an image, a PDF or an archive), not text.` };
  const source = decoded.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, message: 'This file is empty: it holds only blank space, no résumé.' };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    if (endsPartWay(source)) return { ok: false, message: 'This résumé ends part-way through: it was probably cut off while it was saved or copied.' };
    return { ok: false, message: `${notAResume}: its text is not JSON.` };
  }
}

/** Why parsed JSON is not a résumé, or null when it is one. */
function notAResumeReason(data: unknown): string | null {
  if (!isObject(data)) return `${notAResume}: it is JSON, but a list or a single value rather than a résumé.`;
  if (data.format === workbookFileFormat) return 'This is a Waypoint workbook file, not a résumé: open it with Import workbook instead.';
  const hasSection = knownSections.some((section) => (section === 'basics' ? isObject(data.basics) : list(data[section]).length > 0));
  return hasSection ? null : `${notAResume}: it is JSON, but has none of a résumé’s sections (basics, work, education, skills…).`;
}

function leftOutWarnings(resume: Json): string[] {
  const warnings: string[] = [];
  const basics = isObject(resume.basics) ? resume.basics : {};
  const contact = ['email', 'phone', 'url', 'summary', 'location', 'profiles', 'image'].filter((key) =>
    isObject(basics[key]) ? Object.keys(basics[key]).length > 0 : list(basics[key]).some((value) => value !== ''),
  );
  if (contact.length > 0) warnings.push(`From basics, only the name and label are kept; ${contact.join(', ')} were left out.`);
  const other = leftOutSections.filter((section) => list(resume[section]).length > 0);
  if (other.length > 0) warnings.push(`The résumé’s ${other.join(', ')} have no place in a Waypoint workbook and were left out.`);
  return warnings;
}

/** Builds the workbook from a parsed résumé; exported for callers that already hold the JSON. */
export function resumeToSnapshot(data: unknown, context: JsonResumeContext): JsonResumeResult {
  const reason = notAResumeReason(data);
  if (reason !== null || !isObject(data)) return refused(reason ?? notAResume);
  const warnings: string[] = [];
  let shortenedTexts = 0;
  const mapContext: MapContext = {
    ...context,
    warn: (message) => warnings.push(message),
    shortened: () => {
      shortenedTexts += 1;
    },
  };
  const basics = isObject(data.basics) ? data.basics : {};
  const owner = {
    name: fit(visibleName(text(basics.name).replace(/\s+/g, ' ')), 120, mapContext.shortened),
    headline: fit(text(basics.label), 200, mapContext.shortened),
  };
  const skills = mapSkills(data, mapContext);
  const experienceCounts = { work: 0, education: 0, volunteer: 0, projects: 0 };
  const experiences = (['work', 'education', 'volunteer', 'projects'] as const).flatMap((section) => {
    const entries = mapExperiences(data, section, skills, mapContext);
    experienceCounts[section] = entries.length;
    return entries;
  });
  const skillCount = skills.length;
  const learningActions = mapCertificates(data, skills, mapContext);
  warnings.push(...leftOutWarnings(data));
  if (shortenedTexts > 0) warnings.push(`${shortenedTexts === 1 ? '1 text was' : `${shortenedTexts} texts were`} longer than Waypoint keeps and ${shortenedTexts === 1 ? 'was' : 'were'} shortened.`);

  const lists = Object.fromEntries(entityCollections.map((name) => [name, []]));
  const candidate = {
    ...lists,
    workbook: {
      id: context.newId(),
      title: owner.name || 'Imported résumé',
      owner,
      createdAt: context.now,
      updatedAt: context.now,
    },
    vision: null,
    skills,
    experiences,
    learningActions,
  };
  const checked = workbookSnapshotSchema.safeParse(candidate, { error: plainIssueMessage });
  if (!checked.success) {
    const [issue] = checked.error.issues;
    return refused(`This résumé could not be turned into a workbook: ${issue ? `${formatIssuePath(issue.path)} ${issue.message}` : 'it is not valid'}.`);
  }
  const counts = { ...experienceCounts, skills: skillCount, certificates: learningActions.length };
  return { status: 'ok', snapshot: checked.data, preview: { owner, counts, warnings } };
}

/** Reads a résumé file's bytes into a preview and a new workbook, or says in plain words why it cannot. */
export function readJsonResume(bytes: Uint8Array, context: JsonResumeContext): JsonResumeResult {
  const parsed = parse(bytes);
  return parsed.ok ? resumeToSnapshot(parsed.value, context) : refused(parsed.message);
}
