import type { CampaignRead } from '../platforms/types.js';
import type { PlatformDetector } from '../platforms/types.js';
import { sendMessage } from '../messaging/protocol.js';
import type { TabVerdict } from '../verdict/verdict.js';
import { SettleWatcher } from './settle.js';
import { BenchProbe } from './bench-probe.js';
import { loadCampaignChunk, type CampaignChunk } from './load-chunk.js';
import { watchLocation } from './location-watch.js';
import type { ScriptLife } from './script-life.js';

const QUIET_MS = 250;
const MAX_WAIT_MS = 3000;

type Overlay = InstanceType<CampaignChunk['Overlay']>;

/**
 * One tab's life on a platform app: on load and on every in-app navigation it detects the page,
 * waits for the DOM to settle, reads the facts once, has the background check them (it sets the
 * badge) and shows the panel. Leaving campaign pages clears both. A failing adapter is contained
 * here. Only detection and the settle watcher load with the page; reading and the panel come in a
 * chunk loaded on the first campaign page, and the core's checks stay in the background. Each step
 * runs in the task that brings what it needs (the script's evaluation, the settle timer, the
 * chunk's evaluation, the background's reply) rather than yielding for a task of its own: no step
 * is long, and a task of its own showed 0.2–0.4 ms more of the page's main thread in traces.
 */
export class PageSession {
  private overlay: Overlay | undefined;
  private readonly settle: SettleWatcher;
  /** The bench probe: the release build has none, and drops the class. */
  private readonly probe = PREFLIGHT_BENCH_PROBE ? new BenchProbe() : undefined;
  /** Bumped on every navigation, so late results from the previous page are dropped. */
  private generation = 0;
  private showing = false;
  private watchingFold = false;

  constructor(
    private readonly life: ScriptLife,
    private readonly detector: PlatformDetector,
  ) {
    this.settle = new SettleWatcher(life, {
      quietMs: QUIET_MS,
      maxMs: MAX_WAIT_MS,
      ignore: () => this.overlay?.node ?? null,
      onBatch: PREFLIGHT_BENCH_PROBE ? (ms) => this.probe?.batch(ms) : undefined,
    });
    life.onEnd(() => this.overlay?.remove());
  }

  start(): void {
    watchLocation(this.life, (url) => void this.route(url));
    // The extension is not asked whether it is still there (the first use of its API in a page
    // costs about a millisecond): a page without a campaign never asks, a campaign page asks after
    // it settles.
    this.step('preflight:route', () => void this.route(new URL(location.href)));
  }

  async route(url: URL): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation || !this.life.alive;
    const { detector } = this;
    const detection = detector.detect(url);
    if (!detection || detection.kind !== 'campaign' || !detection.campaignKeys.length) {
      this.settle.cancel();
      this.clear();
      return;
    }
    // The previous campaign's panel goes at once: it must never describe the page now in view.
    this.clear();
    const settled = await this.settle.wait();
    if (!settled || stale()) return;
    const chunk = await this.step('preflight:load', () => this.loadChunk());
    if (!chunk || stale()) return;

    let base: Omit<TabVerdict, 'campaigns'> = { platform: detector.id, platformTitle: detector.title, url: url.href, checkedAt: new Date().toISOString() };
    let reads: CampaignRead[] = [];
    try {
      reads = await this.step('preflight:extract', () => chunk.readFacts(detection, document));
    } catch (error) {
      // Whatever the page looks like, the host app keeps working and the panel says so.
      console.warn(`Preflight: could not read this ${detector.title} page.`, error);
      base = { ...base, error: String(error) };
    }
    if (stale()) return;
    // The background checks the facts and sets the badge; a linked plan's change makes it check them again.
    const check = (checkedAt: string) => sendMessage('check', { detection, base: { ...base, checkedAt }, reads });
    const following = base.error ? undefined : chunk.followPlans(async () => (await check(new Date().toISOString())).panel, stale, (next) => this.overlay?.show(next));
    const { panel, panelFolded } = await this.step('preflight:check', () => check(base.checkedAt));
    // A platform turned off in the options gets neither panel nor badge.
    if (panel === null) return;
    if (stale()) {
      // Its badge was set for a page no longer in view: gone, unless a newer campaign page has shown its own.
      if (!this.showing) void sendMessage('clear', {}).catch(() => undefined);
      return;
    }
    this.showing = true;
    this.step('preflight:render', () => {
      // Created once per page: it keeps the folded state across in-app navigations, starting from
      // the user's last choice, which the check's answer carried.
      // A copy of this script from before an update of the extension may have left its panel.
      if (!this.overlay) chunk.removeLeftPanels();
      this.overlay ??= new chunk.Overlay({
        folded: panelFolded,
        onOpenPlan: (planId) => void sendMessage('open-plan', { planId }),
        onFoldChange: (folded) => void sendMessage('panel-folded', { folded }).catch((error: unknown) => console.warn('Preflight: could not keep the panel folded.', error)),
      });
      this.overlay.show(panel);
    });
    if (stale()) return;
    following?.(panel);
    this.followFoldChoice(chunk);
  }

  /** After the first panel is up: a fold or unfold in another tab applies here too. */
  private followFoldChoice(chunk: CampaignChunk): void {
    if (this.watchingFold) return;
    this.watchingFold = true;
    this.life.onEnd(chunk.followFolds((folded) => this.overlay?.fold(folded)));
  }

  private async loadChunk(): Promise<CampaignChunk | undefined> {
    try {
      return await loadCampaignChunk(this.detector.id);
    } catch (error) {
      console.warn('Preflight: could not load its checks on this page.', error);
      return undefined;
    }
  }

  /** One step, timed for the bench. */
  private step<T>(name: string, task: () => T): T {
    const probe = this.probe;
    return probe ? probe.time(() => probe.time(task, name)) : task();
  }

  private clear(): void {
    this.overlay?.remove();
    if (this.showing) void sendMessage('clear', {}).catch(() => undefined);
    this.showing = false;
  }
}
