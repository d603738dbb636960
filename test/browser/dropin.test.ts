/**
 * The intranet drop-in: a page that loads only dist/dropin/preflight.js with a script tag and writes
 * plain HTML attributes. Needs the built drop-in (`npm test` builds it first).
 */
import { expect } from '@open-wc/testing';
import type { openPlanStore as OpenPlanStore } from '@preflight/core/store';
import { makeBlocker, makePlan } from '../../packages/core/src/testing/factories.js';

const DROPIN = '/packages/components/dist/dropin/preflight.js';
const TAGS = ['preflight-raci', 'preflight-blocker-log', 'preflight-checklist', 'preflight-badge'];
const plan = makePlan({ id: 'dropin-plan', blockers: [makeBlocker()] });

/** Loads the drop-in as an intranet page would: a module script tag. */
function loadDropin(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = DROPIN;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${DROPIN} did not load: build it with npm run build`));
    document.head.append(script);
  });
}

/** Every text inside an element, through its shadow root. */
function deepText(node: Node): string {
  const own = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  const shadow = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  return own + shadow + [...node.childNodes].map(deepText).join(' ');
}

async function settled(el: HTMLElement): Promise<string> {
  for (let i = 0; i < 300; i++) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const text = deepText(el).replace(/\s+/g, ' ');
    if (!/Loading/.test(text) && text.trim()) return text;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error(`${el.localName} never settled`);
}

before(async () => {
  await loadDropin();
  // Seed the page's store the way the workspace's import does, through the store module beside the drop-in.
  const storeUrl = '/packages/components/dist/dropin/preflight-store.js';
  const { openPlanStore } = (await import(/* @vite-ignore */ storeUrl)) as { openPlanStore: typeof OpenPlanStore };
  const store = await openPlanStore();
  if (!(await store.get(plan.id))) await store.put(plan, { baseRevision: 0 });
  store.close();
});

/** The element chunks the page has fetched, by tag. */
const fetchedElements = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name.match(/\/preflight-chunks\/(preflight-[a-z-]+)-[A-Z0-9]+\.js$/)?.[1])
    .filter((tag): tag is string => tag !== undefined);

describe('drop-in module (dist/dropin/preflight.js)', () => {
  it('registers an element when its tag is in the page, loading that element’s code only', async () => {
    expect(customElements.get('preflight-badge')).to.equal(undefined);
    document.body.insertAdjacentHTML('beforeend', '<preflight-badge id="first"></preflight-badge>');
    await customElements.whenDefined('preflight-badge');
    expect(fetchedElements()).to.deep.equal(['preflight-badge']);
    for (const tag of TAGS.filter((t) => t !== 'preflight-badge')) expect(customElements.get(tag), tag).to.equal(undefined);
    document.getElementById('first')!.remove();
  });

  it('registers the elements added later, and any element asked for by name', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = TAGS.map((tag) => `<${tag}></${tag}>`).join('');
    for (const tag of TAGS) expect(await customElements.whenDefined(tag), tag).to.be.a('function');
    const { define } = (await import(/* @vite-ignore */ DROPIN)) as { define: (...tags: string[]) => Promise<CustomElementConstructor[]> };
    const [agenda] = await define('preflight-agenda');
    expect(customElements.get('preflight-agenda')).to.equal(agenda);
    await define('preflight-nothing').then(
      () => expect.fail('an unknown tag resolved'),
      (error: Error) => expect(error.message).to.contain('preflight-nothing is not a Preflight element'),
    );
    host.remove();
  });

  it('shows a stored plan from plain attributes (plan-id, persist, theme, readonly)', async () => {
    const host = document.createElement('div');
    host.style.background = '#191919';
    host.innerHTML = TAGS.map((tag) => `<${tag} plan-id="dropin-plan" persist theme="dark" readonly></${tag}>`).join('');
    document.body.append(host);
    const texts = await Promise.all([...host.children].map((el) => settled(el as HTMLElement)));
    expect(texts[0]).to.include('Campaign brief intake');
    expect(texts[1]).to.include('Field mapping for lead source is broken');
    expect(texts[3]).to.match(/Blocked|At risk|Ready/);
    // readonly from the attribute: no edit controls.
    expect(host.children[0]!.shadowRoot!.querySelector('[part~="editor"]')).to.equal(null);
    await expect(host).to.be.accessible();
    host.remove();
  });

  it('says which plan is missing rather than showing nothing', async () => {
    document.body.insertAdjacentHTML('beforeend', '<preflight-checklist id="missing" plan-id="no-such-plan" persist></preflight-checklist>');
    const el = document.getElementById('missing')!;
    expect(await settled(el)).to.match(/No plan is saved under “\s*no-such-plan\s*”/);
    el.remove();
  });
});
