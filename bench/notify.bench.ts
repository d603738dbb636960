// The team server's notification scheduler: one pass over 1,000 team plans (the first, which
// decodes and judges every plan and queues and posts what is due, and a steady one with nothing
// new), and the time from a review's breach to its webhook on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Plan } from '../packages/core/src/index.ts';
import { writePlan } from '../packages/core/src/sync/index.ts';
import { startTeamServer, type TeamServer } from '../packages/server/src/server.ts';
import { encodeDoc } from '../packages/server/src/storage/encoding.ts';
import { reviewPlan, teamConfig } from '../packages/server/src/testing/notify.ts';
import { webhookReceiver } from '../packages/server/src/testing/receivers.ts';
import { SECRET, samplePlan } from '../packages/server/src/testing/server.ts';
import { median, report } from './report.ts';

const PLANS = 1000;
const dirs: string[] = [];
let clock = new Date('2026-09-10T10:00:00Z');

async function server(webhook: string): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'preflight-bench-notify-'));
  dirs.push(dataDir);
  const config = teamConfig({ notify: { webhooks: [webhook] }, people: [{ role: 'Marketing director', name: 'Dana', slack: 'U0DANA' }] });
  // A failed delivery would make the figures meaningless: say so on stderr.
  return startTeamServer({ port: 0, dataDir, secret: SECRET, log: (line) => (line.includes(' failed ') ? console.error(line) : undefined), config, notify: { now: () => clock, autoStart: false } });
}

function stored(plan: Plan): Uint8Array {
  const doc = new Y.Doc();
  writePlan(doc, plan);
  const state = encodeDoc(doc);
  doc.destroy();
  return state;
}

const hook = await webhookReceiver();
try {
  // 1,000 copies of the sample plan, judged ten days before its launch: overdue blockers, open gates, a review past its SLA.
  const team = await server(hook.url);
  for (let i = 0; i < PLANS; i++) await team.database.save(`plan-${i}`, stored({ ...samplePlan(), id: `plan-${i}` }));
  let start = performance.now();
  const first = await team.notifier!.runOnce();
  const firstMs = performance.now() - start;
  // Once per start: every stored plan is decoded, and what is due then is all sent at once.
  report({ name: `first scheduler pass over ${PLANS} team plans after a start (decode, judge, queue and post ${first.sent} webhook notifications)`, value: firstMs, unit: 'ms', budget: 10_000 });
  const steady: number[] = [];
  for (let round = 0; round < 5; round++) {
    clock = new Date(clock.getTime() + 60_000);
    start = performance.now();
    await team.notifier!.runOnce();
    steady.push(performance.now() - start);
  }
  report({ name: `scheduler pass over ${PLANS} team plans, nothing new to send (median of 5)`, value: median(steady), unit: 'ms', budget: 1000 });
  await team.close();

  // One plan; each round a review breaches its SLA at the pass's instant.
  const single = await server(hook.url);
  const latencies: number[] = [];
  for (let round = 0; round < 20; round++) {
    clock = new Date(Date.parse('2026-09-09T09:00:00Z') + round * 3_600_000);
    const requestedAt = new Date(clock.getTime() - 48 * 3_600_000).toISOString().replace('.000Z', 'Z');
    const plan = reviewPlan('latency-plan');
    await single.database.save('latency-plan', stored({ ...plan, approvals: [{ ...plan.approvals[0]!, id: `apr-${round}`, requestedAt }] }));
    const before = hook.received.length;
    start = performance.now();
    const pass = await single.notifier!.runOnce();
    const breach = hook.received.slice(before).find((r) => r.body.text?.includes('Review past its SLA'));
    if (!breach) throw new Error(`round ${round}: the breach did not reach the webhook (${JSON.stringify(pass)}; ${JSON.stringify(hook.received.slice(before).map((r) => r.body.text))})`);
    latencies.push(breach.at - start);
  }
  report({ name: 'breach to webhook on loopback, from the pass that sees it (median of 20)', value: median(latencies), unit: 'ms', budget: 100 });
  await single.close();
} finally {
  await hook.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
