import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-checklist.js';
import type { PreflightChecklist } from './checklist.js';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, mountIn, NARROW_FRAMES, part, parts, showsInHost, sidewaysOverflow, type Frame } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';
const LONG_ROLE = 'Regional marketing operations lead for EMEA';

/** A plan with the names that widen a narrow frame: a long role (the owner selects list it) and a long item label. */
const plan = () => {
  const p = makePlan({
    checklist: [
      makeItem({ id: 'consent', label: 'Consent language reviewed by legal for every region where the campaign runs', owner: LONG_ROLE }),
      makeItem({ id: 'utm', label: 'UTM-template-checked-against-every-regional-landing-page-variant', layer: 'execution', gate: false, gateId: undefined }),
    ],
  });
  return { ...p, roles: [...p.roles, LONG_ROLE] };
};

const show = (frame: Frame) => mountIn<PreflightChecklist>(frame, html`<preflight-checklist .plan=${plan()} now=${NOW}></preflight-checklist>`);

describe('<preflight-checklist> in a narrow frame', () => {
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  for (const frame of NARROW_FRAMES) {
    describe(`in ${frame.name}`, () => {
      it('shows nothing beyond the host, with the add form showing its errors and an item editor open', async () => {
        const el = await show(frame);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        part<HTMLButtonElement>(el, '[part~=add-button]').click();
        await el.updateComplete;
        part<HTMLFormElement>(el, '[part=add-form]').requestSubmit();
        await el.updateComplete;
        expect(parts(el, '[part=add-form] [part=field-error]').length).to.be.above(0);
        part<HTMLButtonElement>(el, '[data-id=consent] [part=edit-button]').click();
        await el.updateComplete;
        expect(parts(el, '[part=editor]')).to.have.length(1);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        for (const control of parts(el, '[part=editor] :is(input, select, button)')) expect(showsInHost(el, control), `editor ${control.localName}[name=${control.getAttribute('name')}]`).to.equal(true);
      });

      it("keeps every control of the add form inside the host's box", async () => {
        const el = await show(frame);
        part<HTMLButtonElement>(el, '[part~=add-button]').click();
        await el.updateComplete;
        const controls = parts(el, '[part=add-form] :is(input, select, button)');
        // Label, layer, gate, owner, due and its date picker button, Add item, Cancel.
        expect(controls).to.have.length(8);
        for (const control of controls) expect(showsInHost(el, control), `${control.localName}[name=${control.getAttribute('name')}]`).to.equal(true);
      });

      it("gives an item's label most of the width, its buttons below it rather than beside it", async () => {
        const el = await show(frame);
        const item = part(el, '[data-id=consent]').getBoundingClientRect();
        const label = part(el, '[data-id=consent] .label').getBoundingClientRect();
        expect(label.width).to.be.above(item.width * 0.6);
        for (const button of parts(el, '[data-id=consent] button')) expect(showsInHost(el, button)).to.equal(true);
      });

      it('has no axe violations in the light and the dark theme', async () => {
        const el = await show(frame);
        await expectAccessibleInBothThemes(el);
      });
    });
  }
});
