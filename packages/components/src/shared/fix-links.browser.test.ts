import { expect, html } from '@open-wc/testing';
import { makeBlocker, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-checklist.js';
import '../define/preflight-blocker-log.js';
import type { PreflightChecklist } from '../checklist/checklist.js';
import type { PreflightBlockerLog } from '../blocker-log/blocker-log.js';
import type { PreflightRaci } from '../raci/raci.js';
import '../define/preflight-raci.js';
import { ignoreResizeObserverNotice } from '../blocker-log/testing.js';
import { expectAccessibleInBothThemes, focused, mount, part, parts, press, until } from './testing.js';

const NOW = '2026-08-20T09:00:00Z';

/** Opens a findings popover and returns its fix link named `label`. */
async function fixLink(el: HTMLElement, button: HTMLElement, label: string): Promise<HTMLButtonElement> {
  button.click();
  await until(() => parts(el, '[part=fix-it]').some((b) => b.textContent === label), `the "${label}" link`);
  return parts<HTMLButtonElement>(el, '[part=fix-it]').find((b) => b.textContent === label)!;
}

describe('fix links from findings', () => {
  // The blocker log's virtualizer may defer a ResizeObserver notice to the next frame.
  ignoreResizeObserverNotice();

  it('in the checklist, Enter on a finding’s link opens the item’s editor with focus on the field it names', async () => {
    const plan = makePlan({ checklist: [makeItem({ owner: undefined }), makeItem({ id: 'late', label: 'Tracking QA', due: '2026-08-10' })] });
    const el = await mount<PreflightChecklist>(html`<preflight-checklist .plan=${plan} now=${NOW}></preflight-checklist>`);
    const owner = await fixLink(el, part(el, '[part~=item][data-id="item-1"] [part~=findings-button]'), 'Edit the owner');
    await expectAccessibleInBothThemes(el);
    owner.focus();
    await press('Enter');
    await until(() => focused(el)?.getAttribute('name') === 'owner', 'focus on the owner');
    expect(focused(el)!.closest('[part~=item]')!.getAttribute('data-id')).to.equal('item-1');
    expect(parts(el, '[part=fix-it]')).to.have.length(0);

    const due = await fixLink(el, part(el, '[part~=item][data-id="late"] [part~=findings-button]'), 'Edit the due date');
    due.focus();
    await press('Enter');
    await until(() => focused(el)?.getAttribute('name') === 'due', 'focus on the due date');
    expect(focused(el)!.closest('[part~=item]')!.getAttribute('data-id')).to.equal('late');
  });

  it('in the blocker log, Enter on a finding’s link opens the blocker’s editor at the field it names', async () => {
    const plan = makePlan({ blockers: [makeBlocker({ owner: undefined, due: undefined })] });
    const el = await mount<PreflightBlockerLog>(html`<preflight-blocker-log .plan=${plan} now=${NOW}></preflight-blocker-log>`);
    await until(() => parts(el, '[part~=row][data-id="blk-1"]').length === 1, 'the row');
    const link = await fixLink(el, part(el, '[part~=row][data-id="blk-1"] [part~=findings-button]'), 'Edit the owner');
    link.focus();
    await press('Enter');
    await until(() => focused(el)?.getAttribute('name') === 'owner', 'focus on the owner');
    expect(part<HTMLDialogElement>(el, 'dialog[part~=editor]').open).to.equal(true);
  });

  it('offers no link in a read-only element', async () => {
    const plan = makePlan({ checklist: [makeItem({ owner: undefined })] });
    const el = await mount<PreflightChecklist>(html`<preflight-checklist .plan=${plan} now=${NOW} readonly></preflight-checklist>`);
    part(el, '[part~=item][data-id="item-1"] [part~=findings-button]').click();
    await until(() => parts(el, '.finding').length > 0, 'the findings');
    expect(parts(el, '[part=fix-it]')).to.have.length(0);
  });
});

describe('fix links in the RACI', () => {
  it('Enter on a step’s fix link moves focus to the backup it names, or to the step’s row', async () => {
    const base = makePlan();
    const { backup: _backup, ...raci } = base.steps[0]!.raci;
    const noBackup = { ...base.steps[0]!, raci };
    const plan = makePlan({ steps: [noBackup, ...base.steps.slice(1)] });
    const el = await mount<PreflightRaci>(html`<preflight-raci .plan=${plan} now=${NOW}></preflight-raci>`);
    const link = await fixLink(el, part(el, '[part=verdict][data-r="1"]'), 'Edit the backup');
    link.focus();
    await press('Enter');
    await until(() => focused(el)?.getAttribute('name') === 'backup', 'focus on the backup');
    expect(part(el, '[part=editor] .step-editor legend').textContent).to.equal(`Step: ${noBackup.name}`);
  });
});
