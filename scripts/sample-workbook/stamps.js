// @ts-check
/* Small helpers the sample workbook's parts share: timestamps written from plain days. */

/**
 * A creation or edit time on a given day, in the morning (UTC), so the day reads the same everywhere.
 * @param {string} day `2026-11-30`
 * @param {number} [hour]
 */
export function at(day, hour = 9) {
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

/**
 * createdAt and updatedAt of an entity first written on `created` and last edited on `updated`.
 * @param {string} created
 * @param {string} [updated]
 */
export function stamped(created, updated = created) {
  return { createdAt: at(created), updatedAt: at(updated, 17) };
}
