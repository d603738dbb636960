import type { BudgetValue, CampaignFacts, Fact } from '@preflight/core';
import type { Detection } from '../types.js';
import { asDate, compact, controlValue, fact, isVisible, pageLang, safely, textOf, visible } from '../dom.js';
import { META } from './selectors.js';

type Cells = Record<string, string>;

/** The grid row of one campaign, as column name → text. */
function rowCells(doc: Document, campaignId: string): Cells | undefined {
  const grid = visible(doc, META.grid);
  if (!grid) return undefined;
  const headers = [...grid.querySelectorAll(META.columnHeader)].map(textOf);
  const link = [...grid.querySelectorAll(META.rowLink(campaignId))].find((a) => isVisible(a) && new URL(a.getAttribute('href')!, 'https://x').searchParams.get('selected_campaign_ids') === campaignId);
  const row = link?.closest(META.row);
  if (!row) return undefined;
  const cells = [...row.querySelectorAll(META.cell)].map(textOf);
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

const budgetFrom = (text: string | undefined, period: BudgetValue['period'], source: string, confidence: number): Fact<BudgetValue> | undefined =>
  text ? fact({ amount: text, unit: 'major', period }, source, confidence) : undefined;

/** "€50.00 Daily" in the grid's budget column. */
function gridBudget(text: string | undefined): Fact<BudgetValue> | undefined {
  const m = /^(.*?)\s*(daily|lifetime)$/i.exec(text ?? '');
  return m ? budgetFrom(m[1], /^daily$/i.test(m[2]!) ? 'daily' : 'total', `grid:${META.columns.budget}`, 0.9) : undefined;
}

/**
 * Every selected campaign from its row in the campaigns grid; with one campaign selected and the
 * edit pane open, the pane's controls (budget, schedule, URL parameters) take precedence.
 */
export function extractMeta(doc: Document, detection: Detection): CampaignFacts[] {
  const lang = pageLang(doc);
  const pane = detection.campaignKeys.length === 1 ? visible(doc, META.editPane) : null;
  const date = (raw: Fact<string> | undefined) => asDate(raw, lang);
  return detection.campaignKeys.map((campaignKey) => {
    const campaignId = campaignKey.split(':').pop()!;
    const cells = safely(() => rowCells(doc, campaignId)) ?? {};
    const cell = (column: string, confidence = 0.9) => (cells[column] ? fact(cells[column]!, `grid:${column}`, confidence) : undefined);
    const control = (label: string) => (pane ? safely(() => controlValue(pane, label)) : undefined);
    const schedule = /^(.+?)\s*[–-]\s*(.+)$/.exec(cells[META.columns.schedule] ?? '');
    const urls = [control(META.controls.websiteUrl), control(META.controls.urlParameters)].filter((f) => f !== undefined);
    const daily = control(META.controls.dailyBudget);
    const lifetime = control(META.controls.lifetimeBudget);
    return compact({
      platform: 'meta' as const,
      campaignKey,
      name: control(META.controls.name) ?? cell(META.columns.name, 1),
      status: safely(() => pane && switchStatus(pane)) ?? cell(META.columns.delivery),
      startDate: date(control(META.controls.startDate) ?? (schedule ? fact(schedule[1]!, `grid:${META.columns.schedule}`, 0.9) : undefined)),
      endDate: date(control(META.controls.endDate) ?? (schedule && !/ongoing/i.test(schedule[2]!) ? fact(schedule[2]!, `grid:${META.columns.schedule}`, 0.9) : undefined)),
      budget: daily
        ? budgetFrom(daily.value, 'daily', daily.source, 1)
        : lifetime
          ? budgetFrom(lifetime.value, 'total', lifetime.source, 1)
          : gridBudget(cells[META.columns.budget]),
      trackingUrls: urls.length ? fact(urls.map((u) => u.value), urls.map((u) => u.source).join(', '), 1) : undefined,
    });
  });
}

function switchStatus(pane: Element): Fact<string> | undefined {
  const toggle = visible(pane, META.statusSwitch);
  const checked = toggle?.getAttribute('aria-checked');
  return checked === 'true' ? fact('ACTIVE', META.statusSwitch, 1) : checked === 'false' ? fact('PAUSED', META.statusSwitch, 1) : undefined;
}
