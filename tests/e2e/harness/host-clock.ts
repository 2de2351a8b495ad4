/** Real time plus however far a test has moved it on. */
export class TestHostClock {
  #offset = 0;
  now(): Date {
    return new Date(Date.now() + this.#offset);
  }
  advance(milliseconds: number): void {
    this.#offset += milliseconds;
  }
}
