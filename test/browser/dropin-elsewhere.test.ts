/**
 * The drop-in copied to another server, as the README says: the folder packages/components/dist/dropin
 * served as it is from a second origin, and the workspace's snippets pasted into this page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { intranetSnippet } from '../../packages/workspace/src/embed/generate.js';
import { makeBlocker, makePlan } from '../../packages/core/src/testing/factories.js';
import { until } from '../../packages/components/src/shared/testing.js';

const plan = makePlan({ id: 'intranet-plan', campaign: { ...makePlan().campaign, name: 'Intranet launch' }, blockers: [makeBlocker({ title: 'Legal sign-off pending' })] });

/** Pastes HTML as a page author would: its scripts run. */
function paste(html: string): HTMLElement {
  const host = document.createElement('div');
  host.append(document.createRange().createContextualFragment(html));
  document.body.append(host);
  return host;
}

/** Every text inside a node, through shadow roots. */
function deepText(node: Node): string {
  const own = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  const shadow = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  return (own + shadow + [...node.childNodes].map(deepText).join(' ')).replace(/\s+/g, ' ');
}

describe('the drop-in folder served from another origin', () => {
  let base: string;
  before(async () => {
    const { origin } = await executeServerCommand<{ origin: string }, undefined>('dropin-server');
    expect(origin).not.to.equal(location.origin);
    base = `${origin}/`;
  });

  it('the snapshot snippet shows the plan it carries, read-only', async () => {
    const host = paste(intranetSnippet(base, 'blocker-log', plan, 'snapshot', 'light'));
    const el = host.querySelector('preflight-blocker-log')!;
    await until(() => customElements.get('preflight-blocker-log') !== undefined, 'the elements to register from the other origin');
    await until(() => deepText(el).includes('Legal sign-off pending'), 'the blocker from the snippet');
    expect(deepText(el)).not.to.contain('Add a blocker');
    host.remove();
  });

  it('the store snippet saves in this site’s browser store, loading the store module from the other origin', async () => {
    const host = paste(intranetSnippet(base, 'checklist', plan, 'store', 'auto', { timeZone: 'Europe/Paris' }));
    const el = host.querySelector('preflight-checklist')!;
    // Nothing is stored under this id on this site yet: the element says so once the store has answered.
    await until(() => deepText(el).includes('No plan is saved under'), 'the store to answer');
    expect((el as unknown as { config: unknown }).config).to.deep.equal({ timeZone: 'Europe/Paris' });
    host.remove();
  });
});
