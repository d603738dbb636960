import { expect, html } from '@open-wc/testing';
import { makeApproval, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-approvals.js';
import type { PreflightApprovals } from '../approvals/approvals.js';
import { mount, part, until } from './testing.js';

const NOW = '2026-08-26T09:00:00Z';

describe('names, not ids', () => {
  it('the request form names the review a gate already rests on by its kind and reviewer, never by its id', async () => {
    const review = makeApproval({ id: 'apr-9f3c2e1a', kind: 'brand', requestedFrom: 'Brand' });
    const plan = makePlan({
      people: [{ role: 'Brand', name: 'Bo Lind' }],
      approvals: [review],
      checklist: [makeItem({ id: 'msg', label: 'Message and offer approved', gateId: 'message-approved', approvalId: review.id })],
    });
    const el = await mount<PreflightApprovals>(html`<preflight-approvals .plan=${plan} now=${NOW} actor="Campaign manager"></preflight-approvals>`);
    part(el, '[part~=request-button]').click();
    await until(() => el.shadowRoot!.querySelector('select[name=itemId]') !== null, 'the gate field');
    const option = part<HTMLOptionElement>(el, 'select[name=itemId] option[value="msg"]');
    expect(option.textContent).to.equal('Message and offer approved (now backed by the brand review asked of Brand · Bo Lind)');
    expect(el.shadowRoot!.textContent).to.not.contain(review.id);
  });
});
