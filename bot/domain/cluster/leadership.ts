/**
 * Periodic work that must run once per period for the whole deployment, not once per instance (queue expiry,
 * retention purge): each instance asks on its own tick, one of them is told yes.
 */
export interface Leadership {
  /**
   * True when this instance should run `task` now: nobody ran it in the last `periodMs` (with a little slack for
   * ticks drifting). Saying yes records the run, atomically, so two instances asking at once get one yes.
   */
  claim(task: string, periodMs: number): Promise<boolean>;
}

/** One instance: its own tick is the period, every claim succeeds. */
export class SoleLeader implements Leadership {
  async claim(): Promise<boolean> {
    return true;
  }
}
