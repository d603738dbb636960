import { html, nothing, render, type TemplateResult } from 'lit';
import type { PlanElement } from '@preflight/components';
import { parseEmbedHash, WIDGET_TAGS, type EmbedConfig } from './config.js';
import { loadSource, type Loaded, type LoadOptions } from './sources.js';

export interface EmbedPageOptions extends LoadOptions {
  /** Reads the hash; `location.hash` by default. */
  hash?: () => string;
}

/** A widget element as the embed page configures it. */
type Widget = PlanElement & { plan: unknown; planId?: string; store?: unknown; now?: string; theme: string; readonly: boolean; config: unknown };

const SOURCE_NOTE: Record<EmbedConfig['source']['kind'], string> = {
  store: 'From this browser',
  team: 'Team plan',
  snapshot: 'Read-only snapshot',
  url: 'Read-only',
};

/**
 * Runs the embed page in `root`: reads the hash, loads the plan from the source it names and shows
 * one widget. Every failure is shown as a message in the frame (never a blank box). Re-runs when
 * the hash changes. Resolves once the first view is rendered.
 */
export async function startEmbed(root: HTMLElement, options: EmbedPageOptions = {}): Promise<void> {
  const readHash = options.hash ?? (() => location.hash);
  let run = 0;
  // The page's static placeholder is not Lit's: clear it once so Lit owns the container.
  root.replaceChildren();
  const show = async () => {
    const current = ++run;
    const parsed = parseEmbedHash(readHash());
    if (!parsed.ok) {
      applyTheme(root, 'auto');
      render(errorView('This embed link is not valid.', parsed.problems.map((p) => html`<code>${p.param}</code> ${p.message}`), 'Make a new link in the Preflight workspace.'), root);
      root.dataset.state = 'error';
      return;
    }
    const { config } = parsed;
    applyTheme(root, config.theme);
    root.dataset.state = 'loading';
    render(html`<p class="embed-status" role="status">Loading…</p>`, root);
    let loaded: Loaded;
    try {
      loaded = await loadSource(config.source, options);
    } catch (error) {
      loaded = { kind: 'error', title: 'The plan could not be loaded.', details: [error instanceof Error ? error.message : String(error)] };
    }
    if (current !== run) return;
    if (loaded.kind === 'error') {
      render(errorView(loaded.title, loaded.details), root);
      root.dataset.state = 'error';
      return;
    }
    const widget = document.createElement(WIDGET_TAGS[config.widget]) as unknown as Widget;
    widget.theme = config.theme;
    widget.readonly = config.readonly;
    if (config.now) widget.now = config.now;
    if (config.rules) widget.config = config.rules;
    if (loaded.kind === 'store') {
      widget.store = loaded.store;
      widget.planId = loaded.planId;
    } else widget.plan = loaded.plan;
    const note = loaded.kind === 'plan' ? `${SOURCE_NOTE[config.source.kind]} · ${loaded.from}` : undefined;
    render(
      html`${rulesNotice(config)}${loaded.kind === 'store' && loaded.notice ? html`<p class="embed-notice" role="status" data-kind="memory">${loaded.notice}</p>` : nothing}${widget}${note
        ? html`<p class="embed-source">${note}</p>`
        : nothing}`,
      root,
    );
    await widget.updateComplete;
    root.dataset.state = 'ready';
    // For the host's own timing (and the bench): when the widget first showed its plan.
    if (!performance.getEntriesByName('preflight-embed-ready').length) performance.mark('preflight-embed-ready');
  };
  addEventListener('hashchange', () => void show());
  await show();
}

/** A `config` that could not be applied: named by path, above a widget judged by the default rules. */
function rulesNotice(config: EmbedConfig): TemplateResult | typeof nothing {
  const problems = config.rulesProblems;
  if (!problems?.length) return nothing;
  return html`<div class="embed-notice" role="alert" data-kind="config">
    <strong>The team settings in this link are not valid, so the default rules are used.</strong>
    <ul>
      ${problems.slice(0, 10).map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}
    </ul>
  </div>`;
}

function errorView(title: string, details: (string | TemplateResult)[], hint?: string): TemplateResult {
  return html`<div class="embed-error" role="alert">
    <strong>${title}</strong>
    <ul>
      ${details.map((d) => html`<li>${d}</li>`)}
    </ul>
    ${hint ? html`<p>${hint}</p>` : nothing}
  </div>`;
}

/**
 * The page follows the widget's theme so its own messages match Notion's light or dark page. In a frame it
 * stays transparent (the host's page shows through); opened on its own it draws the theme's surface.
 */
function applyTheme(root: HTMLElement, theme: EmbedConfig['theme']): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.toggleAttribute('data-standalone', window.top === window);
  root.dataset.theme = theme;
}
