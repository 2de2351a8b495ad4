import type { SeededRandom } from './random';

const dayInMilliseconds = 86_400_000;

/** Dates relative to one fixed "today", in the shapes the model stores. */
export class Calendar {
  readonly today: Date;
  readonly currentYear: number;
  /** 1–12. */
  readonly currentMonth: number;

  constructor(today: Date) {
    this.today = today;
    this.currentYear = today.getUTCFullYear();
    this.currentMonth = today.getUTCMonth() + 1;
  }

  /** `2027-03-15`, `offsetDays` from today (negative: in the past). */
  day(offsetDays: number): string {
    return new Date(this.today.getTime() + offsetDays * dayInMilliseconds).toISOString().slice(0, 10);
  }

  /** An ISO timestamp `offsetDays` from today, at a random time of day. */
  timestamp(offsetDays: number, random: SeededRandom): string {
    const offset = offsetDays * dayInMilliseconds + random.int(0, dayInMilliseconds / 1000 - 1) * 1000;
    return new Date(this.today.getTime() + offset).toISOString();
  }

  /** Created some time in the last `maxDaysAgo` days and changed since (or not). */
  timestamps(random: SeededRandom, maxDaysAgo = 1_000): { createdAt: string; updatedAt: string } {
    const createdDaysAgo = random.int(1, maxDaysAgo);
    const updatedDaysAgo = random.chance(0.5) ? createdDaysAgo : random.int(0, createdDaysAgo - 1);
    const createdAt = this.timestamp(-createdDaysAgo, random);
    const updatedAt = updatedDaysAgo === createdDaysAgo ? createdAt : this.timestamp(-updatedDaysAgo, random);
    return { createdAt, updatedAt };
  }

  /** Months are counted from year 0 so ranges and durations are plain arithmetic. */
  monthIndex(year: number, month: number): number {
    return year * 12 + (month - 1);
  }

  get currentMonthIndex(): number {
    return this.monthIndex(this.currentYear, this.currentMonth);
  }

  /** `2027-03` for a month index. */
  month(index: number): string {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }

  /** A partial date of year, month or day precision, `offsetDays` from today. */
  partialDate(offsetDays: number, random: SeededRandom): string {
    const day = this.day(offsetDays);
    return random.weighted<string>([
      [day, 6],
      [day.slice(0, 7), 3],
      [day.slice(0, 4), 1],
    ]);
  }
}
