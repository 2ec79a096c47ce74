/** A hand-driven clock for schedules, backoff and outbox timing. */
export class FakeClock {
  constructor(public current = new Date('2026-11-20T12:00:00Z')) {}
  now = () => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
