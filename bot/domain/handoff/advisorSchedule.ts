import OpeningHours from 'opening_hours';

/** When advisors are on duty: the agency's hours in its time zone, public holidays off. */
export interface AdvisorSchedule {
  /** Whether any hours are known: without (no OFFICE_HOURS, none published), nobody is ever on duty. */
  readonly hasHours: boolean;
  isOpen(now: Date): boolean;
  /** The next opening time, or undefined when never (or unknown). */
  nextOpening(now: Date): Date | undefined;
}

/**
 * Advisor hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:30-16:30"), evaluated in the agency's
 * time zone, with the country's public holidays closed unless the expression says otherwise ("PH open").
 *
 * @remarks opening_hours evaluates a Date's local fields, and servers run in UTC: we hand it a Date whose local
 * fields are the agency's wall-clock time, and convert results back.
 */
export class OpeningHoursSchedule implements AdvisorSchedule {
  private readonly hours: OpeningHours | undefined;

  get hasHours(): boolean {
    return this.hours !== undefined;
  }

  constructor(expression: string | null, private readonly timeZone: string, countryCode: string) {
    if (!expression) { this.hours = undefined; return; }
    const withHolidays = /\bPH\b|24\/7/.test(expression) ? expression : `${expression}; PH off`;
    // Throws with the parser's own message on a bad expression: start-up reports it.
    this.hours = new OpeningHours(withHolidays, { address: { country_code: countryCode.toLowerCase(), state: '' } } as never);
  }

  isOpen(now: Date): boolean {
    return this.hours ? this.hours.getState(wallClock(now, this.timeZone)) : false;
  }

  nextOpening(now: Date): Date | undefined {
    if (!this.hours) return undefined;
    const local = wallClock(now, this.timeZone);
    if (this.hours.getState(local)) return now;
    const next = this.hours.getNextChange(local);
    return next ? fromWallClock(next, this.timeZone) : undefined;
  }
}

/** A Date whose local fields show the wall-clock time of `instant` in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  return new Date(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The instant whose wall-clock time in `timeZone` is the local fields of `local`. */
export function fromWallClock(local: Date, timeZone: string): Date {
  let guess = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()));
  for (let i = 0; i < 2; i++) {
    const shown = wallClock(guess, timeZone);
    guess = new Date(guess.getTime() + (local.getTime() - shown.getTime()));
  }
  return guess;
}
