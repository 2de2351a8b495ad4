import { boardRoleGuides } from '@shared/people';
import type { BoardRole } from '@shared/planning';

/** "mentor, sponsor" as the list shows it; '' for someone in no seat yet. */
export function rolesLabel(roles: readonly BoardRole[]): string {
  return roles.map((role) => boardRoleGuides[role].name.toLowerCase()).join(', ');
}
