import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { evaluate, findingsByTarget, parseConfig, targetKey, type Finding, type Plan, type Problem, type Readiness, type RulesConfig, type TargetKind } from '@preflight/core';
import { invalidNowMessage, isIsoDateTime } from '@preflight/core/time';

export interface ReadinessInputs {
  /** A rules config stating only what it changes; invalid ones are reported, not thrown. */
  config: unknown;
}

export type ReadinessResult =
  | { ok: true; readiness: Readiness; config: RulesConfig; now: string }
  | { ok: false; problems: Problem[] };

/** The last verdict on each plan, with the instant and the config it was judged at. */
const judged = new WeakMap<Plan, { now: string; config: unknown; result: ReadinessResult; groups?: Map<string, Finding[]> }>();

/**
 * The core's verdict on the element's plan, recomputed only when the plan, the instant it is judged
 * at (see ClockController) or the config changes. Components render this; they never judge a plan themselves.
 */
export class ReadinessController implements ReactiveController {
  private key: unknown[] = [];
  private result: ReadinessResult | undefined;
  /** The verdict as shared with the page's other elements on the same plan, with its findings by target once grouped. */
  private shared: { groups?: Map<string, Finding[]> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & ReadinessInputs,
    private readonly planOf: () => Plan | undefined,
    private readonly judgedAt: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Readiness of the current plan, or the problems with `now` or the config. Undefined without a plan. */
  get value(): ReadinessResult | undefined {
    const plan = this.planOf();
    if (!plan) return undefined;
    const now = this.judgedAt();
    const key = [plan, now, this.host.config];
    if (this.result && key.every((v, i) => v === this.key[i])) return this.result;
    this.key = key;
    const shared = this.sharedVerdict(plan, now);
    this.shared = shared;
    this.result = shared.result;
    return this.result;
  }

  /** Judges a plan before it is the element's (a plan read in slices): its verdict and findings by target are then ready when it shows. */
  judge(plan: Plan): ReadinessResult {
    const shared = this.sharedVerdict(plan, this.judgedAt());
    if (shared.result.ok) shared.groups ??= findingsByTarget(shared.result.readiness.findings);
    return shared.result;
  }

  /** Every element of a page handed one plan reads the same plan object (see parsePlan's freeze): judged once for all of them. */
  private sharedVerdict(plan: Plan, now: string) {
    let shared = judged.get(plan);
    if (!shared || shared.now !== now || shared.config !== this.host.config) {
      shared = { now, config: this.host.config, result: compute(plan, now, this.host.config) };
      judged.set(plan, shared);
    }
    return shared;
  }

  /** The findings about one target (a step, a role, an item…), most severe first. */
  findingsFor(kind: TargetKind, id: string): Finding[] {
    const value = this.value;
    if (!value?.ok) return [];
    const shared = this.shared!;
    shared.groups ??= findingsByTarget(value.readiness.findings);
    return shared.groups.get(targetKey({ kind, id })) ?? [];
  }
}

function compute(plan: Plan, now: string, configInput: unknown): ReadinessResult {
  const config = parseConfig(configInput);
  if (!config.ok) return { ok: false, problems: config.problems.map((p) => ({ ...p, path: `config.${p.path}` })) };
  if (!isIsoDateTime(now)) {
    return { ok: false, problems: [{ path: 'now', code: 'invalid_date', message: invalidNowMessage(now) }] };
  }
  try {
    return { ok: true, readiness: evaluate(plan, { now, config: config.value }), config: config.value, now };
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'evaluation_failed', message: error instanceof Error ? error.message : String(error) }] };
  }
}
