import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Plan } from '@preflight/core';
import { makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-brief.js';
import type { PreflightBrief } from './brief.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, mountIn, NARROW_FRAMES, part, parts, showsInHost, sidewaysOverflow, type Frame } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';
const LONG_ROLE = 'Regional marketing operations lead for EMEA';

/** A plan with what widens a narrow frame: a long owner (the owner select lists it), an unbroken name, long key results. */
const plan = (): Plan => {
  const p = makePlan();
  p.campaign = { ...p.campaign, state: 'draft', owner: LONG_ROLE, name: '2026q3_emea_event_regional-partner-summit-with-customer-panels' };
  p.brief = { ...p.brief, offer: '', keyResults: [{ id: 'kr-1', name: 'Qualified-pipeline-from-accounts-that-attended-the-regional-summit', target: 1_250_000, current: 312_500 }] };
  return { ...p, roles: [...p.roles, LONG_ROLE] };
};

const show = (frame: Frame) => mountIn<PreflightBrief>(frame, html`<preflight-brief .plan=${plan()} now=${NOW}></preflight-brief>`);

/** Every control of the open forms shows inside the host. */
function expectControlsInside(el: PreflightBrief, selector: string): void {
  const controls = parts(el, `${selector} :is(input, select, textarea, button)`);
  expect(controls.length).to.be.above(0);
  for (const control of controls) expect(showsInHost(el, control), `${control.localName}[name=${control.getAttribute('name')}]`).to.equal(true);
}

describe('<preflight-brief> in a narrow frame', () => {
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  for (const frame of NARROW_FRAMES) {
    describe(`in ${frame.name}`, () => {
      it('shows nothing beyond the host, read and with each form open and showing its errors', async () => {
        const el = await show(frame);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        for (const form of ['campaign', 'brief']) {
          part(el, `[data-form=${form}]`).click();
          await el.updateComplete;
          const node = part<HTMLFormElement>(el, `[part=${form}-form]`);
          const first = node.querySelector<HTMLInputElement>('input')!;
          first.value = form === 'campaign' ? '' : 'x'.repeat(2001);
          node.requestSubmit();
          await el.updateComplete;
          expect(parts(el, `[part=${form}-form] [part=field-error]`).length, form).to.be.above(0);
          expect(sidewaysOverflow(el), form).to.deep.equal([]);
          expectControlsInside(el, `[part=${form}-form]`);
        }
        part(el, '[data-kr=kr-1]').click();
        await el.updateComplete;
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        expectControlsInside(el, '[part=key-result-form]');
      });

      it('keeps the moves and the key results’ buttons inside the host', async () => {
        const el = await show(frame);
        for (const button of parts(el, '[part~=move-button], [part=key-result] button, .add-kr')) expect(showsInHost(el, button), button.textContent!.trim()).to.equal(true);
      });

      it('has no axe violations in the light and the dark theme', async () => {
        const el = await show(frame);
        await expectAccessibleInBothThemes(el);
      });
    });
  }
});
