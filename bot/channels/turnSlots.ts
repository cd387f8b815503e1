/**
 * At most `size` messaging-app turns run at once, the others wait their turn (first come, first served).
 *
 * @remarks A webhook must answer in milliseconds, on the same event loop as the turns it started: with hundreds of
 * turns in flight (a campaign's burst, 200 messages a second), every one of them has work ready at each tick and
 * the next webhook call waits behind them all (acknowledgements of nearly a second were measured). A few turns at a
 * time use the CPU as fully, and leave each tick room to read, check and answer the next call.
 */
export class TurnSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('TurnSlots: size must be a whole number of at least 1');
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); else this.running--;
    }
  }
}
