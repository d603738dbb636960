import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { ContextProvider } from '@lit/context';
import { createMemoryStore } from '@preflight/core/store';
import { makeBlocker, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-badge.js';
import type { PreflightBadge } from '../badge/badge.js';
import { clockContext, configContext, storeContext } from './page-context.js';
import { stoppedClock, type Clock } from './clock.js';
import type { PlanStoreLike } from './plan-store.js';
import { ManualClock, until } from './testing.js';

/** A page that gives its elements a store, a config and a clock once, as the workspace does. */
class TestPage extends LitElement {
  readonly store = new ContextProvider(this, { context: storeContext });
  readonly config = new ContextProvider(this, { context: configContext });
  readonly clock = new ContextProvider(this, { context: clockContext });
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('test-context-page', TestPage);

/** A high blocker due on 28 August: overdue (at risk) from midnight in the team's zone. */
const PLAN = makePlan({ id: 'p', blockers: [makeBlocker({ id: 'b1', severity: 'high', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-28' })] });
const BEFORE_MIDNIGHT = Date.parse('2026-08-28T23:58:30Z');

async function storeWith(plan = PLAN): Promise<PlanStoreLike> {
  const store = createMemoryStore();
  await store.put(plan, { baseRevision: 0 });
  return store;
}

async function page(store: PlanStoreLike, clock: Clock, badge = html`<preflight-badge plan-id="p"></preflight-badge>`): Promise<{ page: TestPage; badge: PreflightBadge }> {
  const el = document.createElement('test-context-page') as TestPage;
  el.store.setValue(store);
  el.clock.setValue(clock);
  const root = await fixture<HTMLElement>(html`<div></div>`);
  root.append(el);
  render(badge, el);
  const found = el.querySelector('preflight-badge')!;
  await found.updateComplete;
  return { page: el, badge: found };
}

const stateOf = (badge: PreflightBadge) => badge.shadowRoot!.querySelector('[part=state]')?.textContent?.trim();

describe('what a page provides its elements', () => {
  it('binds an element given only plan-id to the page’s store and judges it on the page’s clock, again as it passes midnight', async () => {
    const clock = new ManualClock(BEFORE_MIDNIGHT);
    const { badge } = await page(await storeWith(), clock);
    await until(() => stateOf(badge) === 'Ready', 'the plan read from the page’s store', 200);
    clock.advance(2 * 60_000);
    await until(() => stateOf(badge) === 'At risk', 'the plan judged again', 200);
  });

  it('takes the page’s rules config: a time zone west of UTC keeps the blocker due until its own midnight', async () => {
    const clock = new ManualClock(Date.parse('2026-08-29T02:00:00Z'));
    const store = await storeWith();
    const provided = await page(store, clock);
    await until(() => stateOf(provided.badge) === 'At risk', 'judged in UTC', 200);
    provided.page.config.setValue({ timeZone: 'America/New_York' });
    await until(() => stateOf(provided.badge) === 'Ready', 'judged in New York, still the 28th', 200);
  });

  it('lets what the element is given win over what the page provides', async () => {
    // Each store and each instant lead somewhere else: the page's blocker is due on 2 September, the element's on 30 August.
    const clock = new ManualClock(Date.parse('2026-09-02T09:00:00Z'));
    const own = await storeWith(makePlan({ id: 'p', blockers: [makeBlocker({ id: 'b2', severity: 'high', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-30' })] }));
    const pages = await storeWith(makePlan({ id: 'p', blockers: [makeBlocker({ id: 'b1', severity: 'high', raisedAt: '2026-08-20T09:00:00Z', due: '2026-09-02' })] }));
    const { badge } = await page(pages, stoppedClock(new Date(BEFORE_MIDNIGHT).toISOString()), html`<preflight-badge plan-id="p" .store=${own} .clock=${clock}></preflight-badge>`);
    // At risk only with its own store on its own clock: the page's store is ready on either clock, its own store on the page's clock.
    await until(() => stateOf(badge) === 'At risk', 'the element’s own store on its own clock', 200);
    expect(badge.store).to.equal(own);
    expect(badge.clock).to.equal(clock);
    // Without its own store: the page's, still on its own clock, is ready.
    badge.store = undefined;
    await until(() => stateOf(badge) === 'Ready', 'the page’s store on the element’s own clock', 200);
    // Its own `now` wins over every clock: the page's blocker is overdue only on 3 September.
    badge.now = '2026-09-03T09:00:00Z';
    await until(() => stateOf(badge) === 'At risk', 'the page’s store at the element’s own now', 200);
  });

  it('judges at a stopped clock’s instant, leaving the element’s `now` attribute unset', async () => {
    const { badge } = await page(await storeWith(), stoppedClock('2026-08-29T09:00:00Z'));
    await until(() => stateOf(badge) === 'At risk', 'judged at the stopped instant', 200);
    expect(badge.hasAttribute('now')).to.equal(false);
  });
});
