import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dayText, localDateOf } from '@preflight/core/time';
import { langOf } from './date-field.js';
import type { ReadinessResult } from './readiness.js';

/**
 * Stored dates as the reader's locale writes them (`Aug 28`, `28. Aug.`), without the year when it is the
 * team's current year. The page's language and the year are read once per update, not once per row.
 */
export class DayTextController implements ReactiveController {
  private reader: { lang: string; year: string | undefined } | undefined;

  /** `readiness`: the verdict, for the instant the plan is judged at and the team's time zone. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readiness: { readonly value: ReadinessResult | undefined },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.reader = undefined;
  }

  /** A `YYYY-MM-DD` date in the reader's words. */
  day(date: string): string {
    if (!this.reader) {
      const judged = this.readiness.value;
      this.reader = { lang: langOf(this.host), year: judged?.ok ? localDateOf(judged.now, judged.config.timeZone).slice(0, 4) : undefined };
    }
    return dayText(date, this.reader.lang, this.reader.year);
  }
}
