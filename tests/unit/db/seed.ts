import type { Repositories } from '../../../src-renderer/db/repositories';
import { build, expectSaved } from './helpers';

/**
 * A workbook where every kind of link exists at least once, so deletions have something to clean up:
 * skills ↔ learning actions, people, milestones, experiences, paths; people ↔ interactions, milestones, paths;
 * paths ↔ milestones; custom values ↔ value sorts, milestones, paths.
 */
export async function seedLinkedWorkbook(repositories: Repositories, title = 'Plan 2027') {
  const workbook = expectSaved(await repositories.workbooks.create(title));
  const wb = workbook.id;
  const python = expectSaved(await repositories.skills.create(wb, build.skills({ name: 'Python' })));
  const writing = expectSaved(await repositories.skills.create(wb, build.skills({ name: 'Writing', category: 'transferable' })));
  const course = expectSaved(
    await repositories.learningActions.create(wb, build.learningActions({ skillId: python.id, title: 'Course' })),
  );
  const project = expectSaved(
    await repositories.learningActions.create(wb, build.learningActions({ skillId: python.id, title: 'Project', kind: 'project' })),
  );
  const blog = expectSaved(
    await repositories.learningActions.create(wb, build.learningActions({ skillId: writing.id, title: 'Blog', kind: 'project' })),
  );
  const craft = expectSaved(await repositories.customValues.create(wb, build.customValues({ name: 'Craft' })));
  const ada = expectSaved(
    await repositories.people.create(wb, build.people({ name: 'Ada', canHelpWith: [python.id, writing.id] })),
  );
  const grace = expectSaved(await repositories.people.create(wb, build.people({ name: 'Grace', canHelpWith: [python.id] })));
  const call = expectSaved(await repositories.interactions.create(wb, build.interactions({ personId: ada.id })));
  const lunch = expectSaved(
    await repositories.interactions.create(wb, build.interactions({ personId: grace.id, kind: 'meeting', summary: 'Lunch' })),
  );
  const path = expectSaved(
    await repositories.paths.create(
      wb,
      build.paths({
        requiredSkills: [
          { skillId: python.id, name: 'Python', level: 4 },
          { skillId: writing.id, name: 'Writing', level: 3 },
          { skillId: null, name: 'Spark', level: 3 },
        ],
        servesValues: [craft.id, 'autonomy'],
        threatensValues: [craft.id],
        personIds: [ada.id, grace.id],
      }),
    ),
  );
  const milestone = expectSaved(
    await repositories.milestones.create(
      wb,
      build.milestones({
        pathId: path.id,
        skillIds: [python.id, writing.id],
        personIds: [ada.id, grace.id],
        valueIds: ['autonomy', craft.id],
      }),
    ),
  );
  const otherMilestone = expectSaved(
    await repositories.milestones.create(wb, build.milestones({ title: 'Write a talk', skillIds: [writing.id] })),
  );
  const experience = expectSaved(
    await repositories.experiences.create(
      wb,
      build.experiences({
        skillLinks: [
          { skillId: python.id, relation: 'used' },
          { skillId: writing.id, relation: 'gained' },
          { skillId: python.id, relation: 'gained' },
        ],
      }),
    ),
  );
  const valueSort = expectSaved(
    await repositories.valueSorts.create(
      wb,
      build.valueSorts({
        placements: { [craft.id]: 'always', autonomy: 'often' },
        core: [
          { valueId: craft.id, meaning: 'Doing things well' },
          { valueId: 'autonomy', meaning: 'Choosing how' },
        ],
        // Kept from an earlier ranking, so deleting the value has a set-aside meaning to clean up too.
        setAsideMeanings: { [craft.id]: 'Making things by hand' },
      }),
    ),
  );
  expectSaved(await repositories.roleChecks.create(wb, build.roleChecks()));
  expectSaved(await repositories.reviews.create(wb, build.reviews()));
  expectSaved(await repositories.vision.save(wb, { fiveYears: 'Lead a data team', ikigai: { love: 'Puzzles' } }));
  return {
    workbook,
    ids: {
      python: python.id,
      writing: writing.id,
      course: course.id,
      project: project.id,
      blog: blog.id,
      craft: craft.id,
      ada: ada.id,
      grace: grace.id,
      call: call.id,
      lunch: lunch.id,
      path: path.id,
      milestone: milestone.id,
      otherMilestone: otherMilestone.id,
      experience: experience.id,
      valueSort: valueSort.id,
    },
  };
}
