import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where an element reads the time when its `now` is unset. */
export interface Clock {
  /** The current instant, in milliseconds since the epoch. */
  now(): number;
  /** Runs `task` once at `at` (milliseconds since the epoch) or soon after; returns what cancels it. */
  at(at: number, task: () => void): () => void;
  /** Set on a clock stopped at one instant (a review's fixed date): elements judge at it as if their `now` were set. */
  readonly stoppedAt?: string;
}

/** The browser's clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  at(at, task) {
    const timer = setTimeout(task, Math.max(0, at - Date.now()));
    return () => clearTimeout(timer);
  },
};

/** A clock that shows `instant` and never moves: what a page whose `now` is set gives its elements. */
export function stoppedClock(instant: string): Clock {
  return { now: () => Date.parse(instant), at: () => () => {}, stoppedAt: instant };
}

const MINUTE_MS = 60_000;

export interface ClockHost extends ReactiveControllerHost {
  /** A fixed instant to judge at; unset means the clock's time. */
  now: string | undefined;
  clock: Clock;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The instant an element judges its plan at, and the time it stamps an edit with.
 *
 * With `now` set, both are that instant. Unset, the plan is judged at the time read at the last
 * minute boundary (and again when the page comes back into view), so a due day or an approval's
 * deadline passing while the page stays open shows as overdue within the minute; an edit is stamped
 * with the clock read at the moment it is made, never with the time the page was opened.
 */
export class ClockController implements ReactiveController {
  private judged: string | undefined;
  private cancel: (() => void) | undefined;
  private ticking: Clock | undefined;

  constructor(private readonly host: ClockHost) {
    host.addController(this);
  }

  /** The instant to judge at: `now` as given (the readiness check reports a bad one), or the clock's time as of the last tick. */
  get judgedAt(): string {
    return this.fixed ?? (this.judged ??= iso(this.host.clock.now()));
  }

  /** The time of an edit made now: `now` when it is set, else the clock, read at this moment. */
  stamp(): string {
    return this.fixed ?? iso(this.host.clock.now());
  }

  /** `now`, or the instant a stopped clock shows (given as is, so the readiness check reports a bad one). */
  private get fixed(): string | undefined {
    return this.host.now ?? this.host.clock.stoppedAt;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Ticks while `now` is unset, on the element's current clock; stops when `now` is set. */
  private follow(): void {
    if (this.fixed !== undefined) this.stop();
    else if (this.ticking !== this.host.clock) this.tick();
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = this.ticking = this.judged = undefined;
  }

  private readonly tick = (): void => {
    this.cancel?.();
    const clock = (this.ticking = this.host.clock);
    const now = clock.now();
    this.judged = iso(now);
    this.cancel = clock.at(Math.floor(now / MINUTE_MS + 1) * MINUTE_MS, () => {
      this.tick();
      this.host.requestUpdate();
    });
  };

  /** A page back in view (a laptop opened the next morning) is judged again at once. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || this.fixed !== undefined) return;
    this.tick();
    this.host.requestUpdate();
  };
}
