import { expect, html } from '@open-wc/testing';
import { makePlan, makeStep } from '../../../core/src/testing/factories.js';
import '../define/preflight-raci.js';
import type { PreflightRaci } from './raci.js';
import { mount, part, parts } from '../shared/testing.js';

const NOW = '2026-08-20T09:00:00Z';

describe('<preflight-raci> rendering', () => {
  it('renders one row per step and one column per role', async () => {
    const plan = makePlan();
    const el = await mount<PreflightRaci>(html`<preflight-raci .plan=${plan} now=${NOW}></preflight-raci>`);
    expect(parts(el, 'tbody tr').length).to.equal(plan.steps.length);
    expect(parts(el, 'thead th').length).to.equal(plan.roles.length + 2);
    expect(part(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(plan.steps.length + 1));
  });
});
