import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { dayText, instantText, localDateOf, sentenceParts } from '@preflight/core/time';
import type { ReadinessResult } from './readiness.js';

/** The instant an element reads its plans at and the team's time zone: what "this year" and a stamp's clock are. */
export type TeamClock = () => { now: string; zone: string | undefined } | undefined;

/** The language the page speaks where `node` is: the closest `lang`, across shadow roots, else the browser's. */
export function langOf(node: Node): string {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof HTMLElement && n.lang) return n.lang;
  }
  return navigator.language;
}

/** "Today" for a date field: the team's date (its time zone from the config) at the instant the plan is judged at. */
export function teamToday(result: ReadinessResult | undefined): string | undefined {
  return result?.ok ? localDateOf(result.now, result.config.timeZone) : undefined;
}

/**
 * A rule's sentence with each date it states written by `day`, in a `<time>` that keeps the stored date;
 * names quoted in it stay as typed. Everything is rendered as text.
 */
export function sentenceWithDays(sentence: string, day: (date: string) => string): unknown {
  const parts = sentenceParts(sentence);
  if (parts.every((p) => typeof p === 'string')) return sentence;
  return parts.map((p) => (typeof p === 'string' ? p : html`<time datetime=${p.date}>${day(p.date)}</time>`));
}

/**
 * Stored dates as the reader's locale writes them (`Aug 28`, `28. Aug.`), without the year when it is the
 * team's current year. The page's language and the year are read once per update, not once per row.
 */
export class DayTextController implements ReactiveController {
  private reader: { lang: string; year: string | undefined; zone: string | undefined } | undefined;

  /** `teamClock`: the instant the plan is judged (or the plans read) at and the team's time zone. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly teamClock: TeamClock,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.reader = undefined;
  }

  /** A `YYYY-MM-DD` date in the reader's words. */
  readonly day = (date: string): string => {
    this.reader ??= this.read();
    return dayText(date, this.reader.lang, this.reader.year);
  };

  /** The reader's language, the team's year and time zone in one key: a row drawn once is drawn again when it changes. */
  get words(): string {
    this.reader ??= this.read();
    return `${this.reader.lang} ${this.reader.year ?? ''} ${this.reader.zone ?? ''}`;
  }

  private read() {
    const clock = this.teamClock();
    return { lang: langOf(this.host), year: clock && localDateOf(clock.now, clock.zone).slice(0, 4), zone: clock?.zone };
  }

  /** An instant (a stamp of who did what when) on the team's clock, in the reader's words: `Sep 1, 9:00 AM UTC`. */
  readonly time = (isoOrMs: string | number): string => {
    this.reader ??= this.read();
    return instantText(isoOrMs, this.reader.zone, this.reader.lang, this.reader.year);
  };

  /** A rule's sentence (a finding's message) with its dates in the reader's words. */
  sentence(text: string): unknown {
    return sentenceWithDays(text, this.day);
  }
}
