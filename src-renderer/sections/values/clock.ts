/** When a sort starts or is completed; a plain module so the state class reads no clock of its own. */
export function isoNow(): string {
  return new Date().toISOString();
}
