const searchDelay = 200;

/** A search box: `input` follows every keystroke, `query` follows it after a pause, so lists filter once. */
export class SearchText {
  input = $state('');
  query = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly delay = searchDelay) {}

  get active(): boolean {
    return this.query.trim() !== '';
  }

  set(text: string): void {
    this.input = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.query = text), this.delay);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.input = '';
    this.query = '';
  }
}
