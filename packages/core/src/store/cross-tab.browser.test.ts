import { expect } from '@open-wc/testing';
import { makePlan } from '../testing/factories.js';
import { openPlanStore, type PlanStore, type StoreChange } from './index.js';
import { deleteDatabase, freshName } from './testing/databases.js';

interface Tab {
  frame: HTMLIFrameElement;
  store: PlanStore;
  /** What the page's own subscriber heard. */
  heard: StoreChange[];
}
type TabWindow = Window & { storeReady: Promise<PlanStore>; heard: StoreChange[] };

/** Another page of this origin (its own document, module graph and database connection). */
async function openTab(name: string, frame = document.createElement('iframe')): Promise<Tab> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (frame.isConnected) frame.contentWindow!.location.reload();
  else {
    frame.src = `${new URL('./testing/tab.html', import.meta.url).pathname}?db=${encodeURIComponent(name)}`;
    document.body.append(frame);
  }
  await loaded;
  const win = frame.contentWindow as TabWindow;
  return { frame, store: await win.storeReady, heard: win.heard };
}

function nextRemote(store: PlanStore): Promise<StoreChange> {
  return new Promise((resolve) => {
    const stop = store.subscribe((change) => {
      if (change.origin !== 'remote') return;
      stop();
      resolve(change);
    });
  });
}

describe('the store across tabs', () => {
  let name: string;
  let here: PlanStore;
  let tab: Tab | undefined;

  beforeEach(async () => {
    name = freshName('tabs');
    here = await openPlanStore({ name });
  });
  afterEach(async () => {
    here.close();
    tab?.store.close();
    tab?.frame.remove();
    tab = undefined;
    await deleteDatabase(name);
  });

  it('a plan saved in another tab reaches subscribers here as a remote change, and can be read', async () => {
    tab = await openTab(name);
    const heard = nextRemote(here);
    const saved = await tab.store.put(makePlan({ id: 'from-the-other-tab' }));
    expect(tab.heard.map((c) => c.origin)).to.deep.equal(['local']);
    expect(await heard).to.deep.equal({ type: 'put', id: 'from-the-other-tab', revision: 1, origin: 'remote' });
    expect(await here.get('from-the-other-tab')).to.deep.equal(saved);
  });

  it('a change made here reaches the other tab, and its stale edit is then refused there', async () => {
    tab = await openTab(name);
    const other = tab;
    const arrived = nextRemote(other.store);
    const base = await here.put(makePlan());
    expect(await arrived).to.deep.equal({ type: 'put', id: 'plan-1', revision: 1, origin: 'remote' });
    await here.put({ ...base, brief: { ...base.brief, offer: 'edited here' } });
    let refused = false;
    await other.store.put({ ...base, brief: { ...base.brief, offer: 'edited there' } }).catch((e: { code?: string }) => (refused = e.code === 'conflict'));
    expect(refused).to.equal(true);
    expect((await here.get('plan-1'))?.brief.offer).to.equal('edited here');
  });

  it('deletes and imports are announced to the other tab', async () => {
    tab = await openTab(name);
    const put = nextRemote(tab.store);
    await here.put(makePlan({ id: 'a' }));
    await put;
    const deleted = nextRemote(tab.store);
    await here.delete('a');
    expect(await deleted).to.deep.equal({ type: 'delete', id: 'a', origin: 'remote' });
    const imported = nextRemote(tab.store);
    await here.importFile([makePlan({ id: 'b' }), makePlan({ id: 'c' })]);
    expect(await imported).to.deep.equal({ type: 'import', ids: ['b', 'c'], origin: 'remote' });
  });

  it('a plan saved in a page is there after that page reloads', async () => {
    tab = await openTab(name);
    const saved = await tab.store.put(makePlan({ id: 'survives-reload' }));
    tab = await openTab(name, tab.frame);
    expect(await tab.store.get('survives-reload')).to.deep.equal(saved);
  });
});
