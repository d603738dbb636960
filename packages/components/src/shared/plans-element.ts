import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { parseConfig, parsePlan, type Plan, type Problem, type RulesConfig } from '@preflight/core';
import { invalidNowMessage, isIsoDateTime } from '@preflight/core/time';
import { ClockController, systemClock, type Clock } from './clock.js';
import { DayTextController } from './day-text.js';
import { PreflightElement } from './preflight-element.js';
import { renderProblems } from './problems.js';

/** What a many-plan element shows: the plans that could be read, at an instant, by a config; or why it cannot. */
export type PlansInput =
  | { ok: true; plans: Plan[]; config: RulesConfig; now: string; problems: Problem[]; unreadable: number }
  | { ok: false; problems: Problem[] };

/** Problems listed by path before "…and N more". */
const SHOWN_PROBLEMS = 20;

/**
 * A Preflight element that reads across plans: `.plans` (many) or `.plan` (one), judged at `now`
 * (unset: the current time, again every minute while the page is open) with the team's `config`.
 * Each plan is read with the core's parser: one that cannot be read is named by path
 * (`plans[3].campaign.type`) and left out, and the others are still shown. An unreadable `now` or
 * config is named instead of the content. Subclasses render `renderPlans(input)`.
 *
 * @csspart error - The problems with the input: unreadable plans (left out), `now` or config.
 */
export abstract class PlansElement extends PreflightElement {
  static override styles = [
    ...PreflightElement.styles,
    // What an element shows with nothing to show yet: what it is, why it is empty, what to do.
    css`
  .empty {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border: 1px dashed var(--_outline-subtle);
    border-radius: var(--_radius);
    color: var(--_on-surface-muted);
  }
  .empty strong {
    color: var(--_on-surface);
  }
  [part~='error'] {
    margin-bottom: var(--_space-3);
  }
    `,
  ];

  /** Many plans (any values: one that cannot be read is named and left out). Takes precedence over `.plan`. */
  @property({ attribute: false }) plans: unknown;

  /** One plan, when the element is about one. */
  @property({ attribute: false }) plan: unknown;

  /**
   * ISO instant the plans are read at (`2026-09-01T09:00:00Z`). Unset, the current time, read again
   * every minute while the page is open.
   */
  @property({ reflect: true }) now: string | undefined;

  /** Where the current time is read when `now` is unset: the browser's clock unless a page brings its own. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** Rules config overrides (only what differs from the defaults): the time zone, the sprint length and start. */
  @property({ attribute: false }) config: unknown;

  protected readonly time = new ClockController(this);

  /** Dates, and the dates in the core's sentences, as the reader's locale writes them (see PlanElement's). */
  protected readonly dates = new DayTextController(this, () => {
    const input = this.input;
    return input.ok ? { now: input.now, zone: input.config.timeZone } : undefined;
  });

  private inputMemo: { key: unknown[]; input: PlansInput } | undefined;

  /** Label for the element's kind, used in its messages ("Metrics"). */
  protected abstract get noun(): string;

  protected abstract renderPlans(input: Extract<PlansInput, { ok: true }>): TemplateResult;

  /** The plans as read, the instant and the config; computed again only when one of them changes. */
  protected get input(): PlansInput {
    const now = this.time.judgedAt;
    const key = [this.plans, this.plan, now, this.config];
    if (this.inputMemo && key.every((v, i) => v === this.inputMemo!.key[i])) return this.inputMemo.input;
    this.inputMemo = { key, input: readInput(this.plans, this.plan, now, this.config) };
    return this.inputMemo.input;
  }

  protected override render(): TemplateResult {
    const input = this.input;
    const theme = this.theme === 'light' || this.theme === 'dark' || this.theme === 'auto' ? nothing : html`<p part="error" class="theme-error">theme: “${String(this.theme)}” is not light, dark or auto, so the system’s colour scheme is followed.</p>`;
    if (!input.ok) return html`${theme}${renderProblems(`${this.noun}: these cannot be shown.`, input.problems)}`;
    const { problems, unreadable } = input;
    const unread = problems.length
      ? renderProblems(
          `${this.noun}: ${unreadable === 1 ? 'a plan cannot be read and is' : `${unreadable} plans cannot be read and are`} left out.`,
          problems.length > SHOWN_PROBLEMS ? [...problems.slice(0, SHOWN_PROBLEMS), { path: '…', code: 'more', message: `and ${problems.length - SHOWN_PROBLEMS} more` }] : problems,
        )
      : nothing;
    return html`${theme}${unread}${this.renderPlans(input)}`;
  }
}

function readInput(plansValue: unknown, planValue: unknown, now: string, configValue: unknown): PlansInput {
  const config = parseConfig(configValue);
  if (!config.ok) return { ok: false, problems: config.problems.map((p) => ({ ...p, path: `config.${p.path}` })) };
  if (!isIsoDateTime(now)) return { ok: false, problems: [{ path: 'now', code: 'invalid_date', message: invalidNowMessage(now) }] };
  const many = plansValue !== undefined && plansValue !== null;
  if (many && !Array.isArray(plansValue)) return { ok: false, problems: [{ path: 'plans', code: 'invalid_type', message: 'must be an array of plans' }] };
  const values: unknown[] = many ? (plansValue as unknown[]) : planValue === undefined || planValue === null ? [] : [planValue];
  const plans: Plan[] = [];
  const problems: Problem[] = [];
  values.forEach((value, i) => {
    // Frozen, as the plan element reads `.plan`: records read before (a store's plans) are not validated again.
    const result = parsePlan(value, { freeze: true });
    if (result.ok) plans.push(result.value);
    else problems.push(...result.problems.map((p) => ({ ...p, path: `${many ? `plans[${i}]` : 'plan'}.${p.path}` })));
  });
  return { ok: true, plans, config: config.value, now, problems, unreadable: values.length - plans.length };
}
