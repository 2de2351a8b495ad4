/** The moment now as an ISO timestamp, for fields that record when something happened (not reactive). */
export function currentTimestamp(): string {
  return new Date().toISOString();
}
