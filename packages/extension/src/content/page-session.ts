import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkCampaignFacts, type CampaignFacts, type Plan, type RulesConfig } from '@preflight/core';
import { adapterForUrl } from '../platforms/index.js';
import type { Detection, PlatformAdapter } from '../platforms/types.js';
import { sendMessage } from '../messaging/protocol.js';
import { Overlay } from '../overlay/overlay.js';
import { summarisePlan, type TabVerdict } from '../verdict/verdict.js';
import { SettleWatcher } from './settle.js';
import { BenchProbe } from './bench-probe.js';

const QUIET_MS = 250;
const MAX_WAIT_MS = 3000;

/**
 * One tab's life on a platform app: on load and on every in-app navigation it detects the page,
 * waits for the DOM to settle, reads the facts once, checks them with the core, and shows the
 * panel and the badge. Leaving campaign pages clears both. A failing adapter is contained here.
 */
export class PageSession {
  private readonly overlay: Overlay;
  private readonly settle: SettleWatcher;
  private readonly probe = BenchProbe.fromPage();
  /** Bumped on every navigation, so late results from the previous page are dropped. */
  private generation = 0;
  private showing = false;

  constructor(private readonly ctx: ContentScriptContext) {
    this.overlay = new Overlay((planId) => void sendMessage('open-plan', { planId }));
    this.settle = new SettleWatcher(ctx, {
      quietMs: QUIET_MS,
      maxMs: MAX_WAIT_MS,
      ignore: () => this.overlay.node ?? null,
      onBatch: this.probe ? (ms) => this.probe?.batch(ms) : undefined,
    });
    ctx.onInvalidated(() => this.overlay.remove());
  }

  start(): void {
    this.ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void this.route(new URL(newUrl)));
    void this.route(new URL(location.href));
  }

  async route(url: URL): Promise<void> {
    const generation = ++this.generation;
    const adapter = adapterForUrl(url);
    const detection = adapter?.detect(url) ?? null;
    if (!adapter || !detection || detection.kind !== 'campaign' || !detection.campaignKeys.length) {
      this.settle.cancel();
      this.clear();
      return;
    }
    // The previous campaign's panel goes at once: it must never describe the page now in view.
    this.clear();
    const context = sendMessage('context', { campaignKeys: detection.campaignKeys });
    const settled = await this.settle.wait();
    if (!settled || generation !== this.generation || this.ctx.isInvalid) return;
    const { config, plans } = await context;
    if (generation !== this.generation || this.ctx.isInvalid) return;
    // Reading, checking and drawing run as one task: that is what the host page waits for.
    const verdict = this.probe ? this.probe.time(() => this.checkAndShow(adapter, detection, url, config, plans)) : this.checkAndShow(adapter, detection, url, config, plans);
    if (!verdict) return;
    // The badge goes in a task of its own, so the task that draws the panel stays short.
    await new Promise<void>((resolve) => this.ctx.setTimeout(resolve, 0));
    if (generation !== this.generation || this.ctx.isInvalid) return;
    await (this.probe ? this.probe.time(() => sendMessage('verdict', { verdict }), 'preflight:badge') : sendMessage('verdict', { verdict }));
  }

  private checkAndShow(adapter: PlatformAdapter, detection: Detection, url: URL, config: RulesConfig, plans: Record<string, Plan>): TabVerdict | null {
    const verdict = this.check(adapter, detection, url, config, plans);
    // A platform turned off in the options gets neither panel nor badge.
    if (verdict === null) return null;
    this.phase('preflight:render', () => this.overlay.show(verdict));
    this.showing = true;
    return verdict;
  }

  /** A named part of a task, timed only for the bench. */
  private phase<T>(name: string, task: () => T): T {
    return this.probe ? this.probe.time(task, name) : task();
  }

  private check(adapter: PlatformAdapter, detection: Detection, url: URL, config: RulesConfig, plans: Record<string, Plan>): TabVerdict | null {
    const base = { platform: adapter.id, platformTitle: adapter.title, url: url.href, checkedAt: new Date().toISOString() };
    try {
      const facts: CampaignFacts[] = this.phase('preflight:extract', () => adapter.extract(document, detection));
      const checked = this.phase('preflight:check', () =>
        facts.map((f) => ({ facts: f, plan: plans[f.campaignKey], readiness: checkCampaignFacts(f, config, plans[f.campaignKey], base.checkedAt) })),
      );
      if (checked.length && checked.every((c) => !c.readiness.checked)) return null;
      return {
        ...base,
        campaigns: checked.map(({ facts: f, plan, readiness: { checked: _checked, ...readiness } }) => ({
          campaignKey: f.campaignKey,
          name: f.name?.value,
          readiness,
          plan: plan ? summarisePlan(plan) : undefined,
        })),
      };
    } catch (error) {
      // Whatever the page looks like, the host app keeps working and the panel says so.
      console.warn(`Preflight: could not read this ${adapter.title} page.`, error);
      return { ...base, campaigns: [], error: String(error) };
    }
  }

  private clear(): void {
    this.overlay.remove();
    if (this.showing) void sendMessage('clear', {}).catch(() => undefined);
    this.showing = false;
  }
}
