import type { ConsoleBackend } from '../handoff/consolePort';

/**
 * Who is signed in, as the handoff side needs it (the queue is offered to users only while an advisor is
 * there). An advisor may have several sessions (two browsers): the backend hears `advisorSignedIn` when the
 * first one starts and `advisorSignedOut` when the last one ends, by sign-out or expiry.
 *
 * @remarks Sessions are durable but presence is per process: after a restart an advisor counts as present
 * again from their session's next request (the console page reconnects its event stream within seconds).
 */
export class Presence {
  private readonly byAdvisor = new Map<string, Set<string>>();

  constructor(private readonly backend: Pick<ConsoleBackend, 'advisorSignedIn' | 'advisorSignedOut'>) {}

  seen(advisor: string, sessionHash: string): void {
    const sessions = this.byAdvisor.get(advisor) ?? new Set<string>();
    if (sessions.has(sessionHash)) return;
    sessions.add(sessionHash);
    this.byAdvisor.set(advisor, sessions);
    if (sessions.size === 1) this.backend.advisorSignedIn(advisor);
  }

  gone(advisor: string, sessionHash: string): void {
    const sessions = this.byAdvisor.get(advisor);
    if (!sessions?.delete(sessionHash)) return;
    if (sessions.size === 0) {
      this.byAdvisor.delete(advisor);
      this.backend.advisorSignedOut(advisor);
    }
  }

  /** Every live session this process knows of, to be re-checked for expiry. */
  sessions(): Array<{ advisor: string; hash: string }> {
    return [...this.byAdvisor].flatMap(([advisor, hashes]) => [...hashes].map((hash) => ({ advisor, hash })));
  }
}
