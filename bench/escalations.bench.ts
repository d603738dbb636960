// Escalations over many plans, counted in calendar hours, business hours at a fixed offset, and
// business hours in a named time zone (Intl behind a per-zone cache), plus a zone's first use.
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../packages/core/src/config/defaults.ts';
import type { BusinessHours, RulesConfig } from '../packages/core/src/config/schema.ts';
import { addSlaHours } from '../packages/core/src/time/business-hours.ts';
import { escalations } from '../packages/core/src/escalations/escalations.ts';
import type { Plan } from '../packages/core/src/plan/schema.ts';
import { makeApproval, makeBlocker, makePlan } from '../packages/core/src/testing/factories.ts';
import { median, report } from './report.ts';

const NOW = '2026-11-20T12:00:00Z';
const DAY = 86_400_000;
const at = (d: number, h: number) => new Date(Date.parse('2026-09-01T00:00:00Z') + d * DAY + h * 3_600_000).toISOString();

/** A plan with reviews and blockers spread over autumn, across the October/November clock changes. */
function planOf(seed: number): Plan {
  return makePlan({
    id: `plan-${seed}`,
    approvals: Array.from({ length: 4 }, (_, i) => makeApproval({ id: `apr-${i}`, requestedAt: at((seed * 7 + i * 13) % 80, (seed + i) % 24), slaHours: 8 + ((seed + i) % 5) * 8 })),
    blockers: Array.from({ length: 4 }, (_, i) => makeBlocker({ id: `blk-${i}`, due: at((seed * 5 + i * 11) % 80, 0).slice(0, 10) })),
  });
}

const office = (clock: Partial<BusinessHours>): RulesConfig => ({
  ...DEFAULT_CONFIG,
  approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], ...clock } },
});

// A zone's first use builds its formatter and one year's table of changes. The first zone in a
// process also pays for the engine loading its time-zone data.
for (const [label, zone, budget] of [['the first time zone in a process', 'Australia/Adelaide', 20], ['a further time zone', 'Europe/London', 5]] as const) {
  const start = performance.now();
  addSlaHours(Date.parse('2026-10-30T20:00:00Z'), 16, office({ timeZone: zone }).approvals.businessHours);
  report({ name: `SLA clock: first use of ${label}`, value: Math.round((performance.now() - start) * 100) / 100, unit: 'ms', budget });
}

const plans = Array.from({ length: 1000 }, (_, i) => planOf(i));
const configs: [string, RulesConfig][] = [
  ['calendar hours', DEFAULT_CONFIG],
  ['business hours, fixed offset', office({ utcOffsetMinutes: -300 })],
  ['business hours, America/New_York', office({ timeZone: 'America/New_York' })],
];
for (const [label, config] of configs) {
  for (const plan of plans.slice(0, 100)) escalations(plan, NOW, config);
  const totals: number[] = [];
  let found = 0;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    found = 0;
    for (const plan of plans) found += escalations(plan, NOW, config).length;
    totals.push(performance.now() - start);
  }
  console.log(`${label}: ${found} escalations`);
  report({ name: `escalations: 1,000 plans, ${label} (total)`, value: Math.round(median(totals) * 10) / 10, unit: 'ms', budget: 50 });
}
