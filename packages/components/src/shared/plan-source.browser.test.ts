import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { createMemoryStore } from '@preflight/core/store';
import type { Plan } from '@preflight/core';
import { makeBlocker, makePlan } from '../../../core/src/testing/factories.js';
import { PreflightBadge } from '../badge/badge.js';
import { PlanSourceController } from './plan-source.js';
import type { PlanStoreLike } from './plan-store.js';
import { until } from './testing.js';

/** A badge that counts its updates. */
class CountingBadge extends PreflightBadge {
  updates = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.updates++;
  }
}
customElements.define('test-counting-badge', CountingBadge);

/** A bare host of the plan source whose `.plan` refuses to take a plan read from the store. */
class RefusingHost extends LitElement {
  persist = false;
  planId: string | undefined = 'p';
  store: PlanStoreLike | undefined;
  sync: string | undefined;
  token: string | undefined;
  private given: unknown;
  readonly source = new PlanSourceController(this, () => true);
  get plan(): unknown {
    return this.given;
  }
  set plan(plan: unknown) {
    if (plan !== undefined) throw new Error('this plan cannot be kept');
    this.given = plan;
  }
}
customElements.define('test-refusing-host', RefusingHost);

const PLAN = makePlan({ id: 'p', blockers: [makeBlocker({ id: 'b1', severity: 'high', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-28' })] });
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function storeWith(plan: Plan): Promise<PlanStoreLike> {
  const store = createMemoryStore();
  await store.put(plan, { baseRevision: 0 });
  return store;
}

describe('where a plan element’s plan comes from', () => {
  it('renders an element given only `.plan` once: no store to open, no second render', async () => {
    const el = document.createElement('test-counting-badge') as CountingBadge;
    el.now = '2026-08-27T09:00:00Z';
    el.plan = PLAN;
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    await macrotask();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=state]')?.textContent?.trim()).to.equal('Ready');
    expect(el.updates).to.equal(1);
  });

  it('drops a binding still opening when the element is unbound, without an error', async () => {
    const store = await storeWith(PLAN);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: PlanStoreLike = Object.assign(Object.create(store) as PlanStoreLike, { get: async (id: string) => (await held, store.get(id)) });
    const el = document.createElement('test-counting-badge') as CountingBadge;
    el.now = '2026-08-27T09:00:00Z';
    el.planId = 'p';
    el.store = slow;
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    el.planId = undefined;
    el.store = undefined;
    await el.updateComplete;
    release();
    await macrotask();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect(el.plan).to.equal(undefined);
  });

  it('shows a store error when the plan read cannot be shown', async () => {
    const host = document.createElement('test-refusing-host') as RefusingHost;
    host.store = await storeWith(PLAN);
    (await fixture<HTMLElement>(html`<div></div>`)).append(host);
    await host.updateComplete;
    expect(host.source.state.kind).to.equal('loading');
    await until(() => host.source.state.kind !== 'loading', 'the binding to end', 100);
    expect(host.source.state).to.deep.equal({ kind: 'store-error', message: 'this plan cannot be kept' });
  });
});
