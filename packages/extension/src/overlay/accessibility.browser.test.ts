import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Finding } from '@preflight/core';
import { scoreFindings } from '../../../core/src/readiness/score.js';
import { makeBlocker, makeFinding, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import { summarisePlan, type CampaignVerdict, type TabVerdict } from '../verdict/verdict.js';
import { Overlay, OVERLAY_TAG, removeLeftPanels } from './overlay.js';
import { panelMarkup } from './markup.js';

/** Host pages the panel must read well on: a light app and a dark one (Meta's and LinkedIn's dark modes sit near these). */
const SCHEMES = [
  { scheme: 'light', page: '#ffffff' },
  { scheme: 'dark', page: '#18191a' },
] as const;

const MARKUP = '<img src=x onerror="globalThis.__preflightXss=1">';
const LONG_WORD = `utm_campaign=${'spring_launch_emea_'.repeat(12)}`;

const finding = (severity: Finding['severity'], id: string, message: string, fix: string): Finding =>
  makeFinding(severity, severity === 'blocker' ? 40 : severity === 'warning' ? 10 : 0, { ruleId: `platform.${id}`, message, fix, target: { kind: 'fact', id } });

const BUDGET = finding('blocker', 'budget-cap', 'The budget of 45,000 USD is over the 20,000 USD cap.', 'Lower the budget or raise the cap in the options.');
const UTM = finding('warning', 'utm-required', 'The tracking URL has no utm_medium.', 'Add utm_medium to the final URL.');
const OWNER = finding('info', 'owner', 'No owner is shown on this page.', 'Set an owner in the campaign settings.');

function campaign(findings: Finding[], overrides: Partial<CampaignVerdict> = {}): CampaignVerdict {
  return { campaignKey: 'hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d', name: '2026q3_emea_email_product-launch', readiness: scoreFindings(findings), ...overrides };
}

function verdict(campaigns: CampaignVerdict[], overrides: Partial<TabVerdict> = {}): TabVerdict {
  return { platform: 'hubspot', platformTitle: 'HubSpot', url: 'https://app.hubspot.com/marketing/51657317/campaigns/view/x', campaigns, checkedAt: '2026-08-20T09:00:00Z', ...overrides };
}

const linkedPlan = summarisePlan(
  makePlan({
    checklist: [makeItem({ id: 'qa', label: 'Landing page QA' }), makeItem({ id: 'legal', label: 'Legal review', gateId: 'legal-brand-review', owner: undefined })],
    blockers: [makeBlocker(), makeBlocker({ id: 'blk-2', title: 'Consent banner copy not approved', owner: undefined, severity: 'critical' })],
  }),
);

/** Every state the panel can be in, each with the verdict that leads to it. */
const STATES: Record<string, TabVerdict> = {
  ready: verdict([campaign([OWNER])]),
  'at risk': verdict([campaign([UTM, OWNER])]),
  blocked: verdict([campaign([BUDGET, UTM, OWNER])]),
  'a page it could not read': verdict([], { error: 'TypeError: no campaign header' }),
  'a campaign page with nothing found': verdict([]),
  'a linked plan with open gates and blockers': verdict([campaign([UTM], { plan: linkedPlan })]),
  'several campaigns in view': verdict([campaign([BUDGET]), campaign([], { campaignKey: 'hubspot:51657317:0f0e0d0c-1471-41ba-8e6a-abd2ba62c37d', name: undefined })]),
  'many checks (the body scrolls)': verdict([campaign(Array.from({ length: 24 }, (_, i) => finding(i % 2 ? 'warning' : 'blocker', `rule-${i}`, `Check ${i + 1} failed on this campaign.`, 'Fix this field.')))]),
  'facts partly read, dates in doubt and an API note': verdict([
    campaign([UTM], {
      read: [{ fact: 'name', level: 'campaign', via: 'page' }, { fact: 'start date', level: 'campaign', via: 'page' }, { fact: 'end date', level: 'campaign', via: 'page' }],
      unread: ['budget', 'owner'],
      doubtful: [{ fact: 'start date', date: '2026-09-10' }, { fact: 'end date', date: '2026-10-09' }],
      apiNote: "HubSpot's Marketing Campaigns API is not open to this account (404); facts from the page only.",
    }),
  ]),
  'long, markup-shaped page text': verdict([
    campaign([finding('warning', 'naming', `The name ${MARKUP} does not match the pattern.`, `Rename it; ${LONG_WORD}`)], { name: `${MARKUP} ${LONG_WORD}`, plan: { ...linkedPlan, name: MARKUP } }),
  ]),
};

let overlay: Overlay | undefined;
let before: HTMLButtonElement;
let opened: string[];

let folds: boolean[];

/** A host page with a control of its own ahead of the panel, and the panel showing `shown`. */
function showPanel(shown: TabVerdict, folded?: boolean): { host: HTMLElement; root: ShadowRoot } {
  overlay = new Overlay({ onOpenPlan: (id) => opened.push(id), folded, onFoldChange: (f) => folds.push(f) });
  // Drawn as the page draws it: the markup already folded or not, as the user left it.
  overlay.show(panelMarkup(shown, !!folded), !!folded);
  const host = overlay.node!;
  return { host, root: host.shadowRoot! };
}

const toggleOf = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button.toggle')!;
const controls = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]')].filter((el) => el.getClientRects().length > 0);
const press = (key: string) => sendKeys({ press: key });

/**
 * The toggle's text as rendered: text in nodes not drawn (display: none) is left out; with
 * `visibleOnly`, so is text in a box of 1 px or less (kept for assistive tech only).
 */
function renderedText(root: Element, visibleOnly = false): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const box = node.parentElement!.getBoundingClientRect();
    if (!node.parentElement!.getClientRects().length || (visibleOnly && box.width <= 1)) continue;
    parts.push(node.textContent!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The ancestor in the panel whose overflow would cut off part of this control's focus ring, if any. */
function ringClipped(control: HTMLElement): string | null {
  const style = getComputedStyle(control);
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const ring = control.getBoundingClientRect();
  for (let el = control.parentElement; el; el = el.parentElement) {
    if (getComputedStyle(el).overflow === 'visible') continue;
    const box = el.getBoundingClientRect();
    const inside = ring.left - reach >= box.left && ring.top - reach >= box.top && ring.right + reach <= box.right && ring.bottom + reach <= box.bottom;
    if (!inside) return el.className;
  }
  return null;
}

beforeEach(() => {
  opened = [];
  folds = [];
  before = document.createElement('button');
  before.textContent = 'Host page button';
  document.body.append(before);
});

afterEach(async () => {
  overlay?.remove();
  overlay = undefined;
  before.remove();
  document.body.style.background = '';
  await emulateMedia({ colorScheme: 'light' });
});

describe('Overlay panel accessibility', () => {
  for (const [name, shown] of Object.entries(STATES)) {
    it(`has no axe violations, expanded and collapsed, in light and dark: ${name}`, async () => {
      const { host, root } = showPanel(shown);
      for (const { scheme, page } of SCHEMES) {
        await emulateMedia({ colorScheme: scheme });
        document.body.style.background = page;
        await expect(host).to.be.accessible();
        toggleOf(root).click();
        await expect(host).to.be.accessible();
        toggleOf(root).click();
      }
    });
  }

  it('follows the color scheme the system asks for: a dark panel on a dark preference', async () => {
    const { root } = showPanel(STATES.blocked!);
    const panel = root.querySelector<HTMLElement>('.panel')!;
    const backgrounds: Record<string, string> = {};
    for (const { scheme } of SCHEMES) {
      await emulateMedia({ colorScheme: scheme });
      backgrounds[scheme] = getComputedStyle(panel).backgroundColor;
      expect(contrast(getComputedStyle(panel).color, backgrounds[scheme]!), `${scheme} text`).to.be.at.least(4.5);
    }
    expect(contrast(backgrounds.dark!, 'rgb(0, 0, 0)'), 'the dark panel is dark').to.be.below(2);
    expect(contrast(backgrounds.light!, 'rgb(255, 255, 255)'), 'the light panel is light').to.be.below(1.2);
  });

  it('renders page text as text and wraps long words inside the panel', async () => {
    const { root } = showPanel(STATES['long, markup-shaped page text']!);
    expect(root.querySelector('img')).to.equal(null);
    expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    expect(root.querySelector('h2')!.textContent).to.contain(MARKUP);
    const body = root.querySelector<HTMLElement>('.body')!;
    expect(body.scrollWidth, 'no sideways scrolling').to.be.at.most(body.clientWidth);
  });

  it('takes no focus when it appears or redraws: the host page keeps it', async () => {
    before.focus();
    const { root } = showPanel(STATES.blocked!);
    overlay!.show(panelMarkup(STATES['at risk']!));
    expect(document.activeElement).to.equal(before);
    expect(root.activeElement).to.equal(null);
  });

  it('is reached by Tab after the host page, every control in order, and Tab leaves it again (no trap)', async () => {
    const { host, root } = showPanel(STATES['a linked plan with open gates and blockers']!);
    const expected = controls(root);
    expect(expected.length).to.be.at.least(2);
    before.focus();
    const reached: Element[] = [];
    for (let i = 0; i < expected.length; i++) {
      await press('Tab');
      reached.push(root.activeElement!);
    }
    expect(reached).to.deep.equal(expected);
    await press('Tab');
    expect(root.activeElement, 'focus left the panel').to.equal(null);
    expect(document.activeElement).not.to.equal(host);

    toggleOf(root).focus();
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement, 'Shift+Tab returns to the host page').to.equal(before);
  });

  it('shows a focus ring on every control, at least 3:1 against the panel, in both schemes', async () => {
    const { root } = showPanel(STATES['a linked plan with open gates and blockers']!);
    const panel = root.querySelector<HTMLElement>('.panel')!;
    for (const { scheme } of SCHEMES) {
      await emulateMedia({ colorScheme: scheme });
      before.focus();
      for (const control of controls(root)) {
        await press('Tab');
        expect(root.activeElement).to.equal(control);
        const style = getComputedStyle(control);
        expect(style.outlineStyle, `${scheme}: ${control.className} outline`).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(contrast(style.outlineColor, getComputedStyle(panel).backgroundColor), `${scheme}: ${control.className} ring contrast`).to.be.at.least(3);
        expect(ringClipped(control), `${scheme}: ${control.className} ring cut off by`).to.equal(null);
      }
    }
  });

  it('collapses and expands from the keyboard with Enter and Space, telling assistive tech its state', async () => {
    const { root } = showPanel(STATES.blocked!);
    const body = root.querySelector<HTMLElement>('#preflight-body')!;
    expect(toggleOf(root).getAttribute('aria-controls')).to.equal(body.id);
    toggleOf(root).focus();
    await press('Enter');
    expect(toggleOf(root).getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    await press('Space');
    expect(toggleOf(root).getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    expect(root.activeElement).to.equal(toggleOf(root));
  });

  it('Escape inside the panel collapses it and puts focus on the toggle; Escape elsewhere is the host page\'s', async () => {
    const { root } = showPanel(STATES['a linked plan with open gates and blockers']!);
    const hostEscapes: KeyboardEvent[] = [];
    const listen = (event: KeyboardEvent) => event.key === 'Escape' && hostEscapes.push(event);
    document.addEventListener('keydown', listen);
    try {
      root.querySelector<HTMLButtonElement>('button.open-plan')!.focus();
      await press('Escape');
      expect(toggleOf(root).getAttribute('aria-expanded')).to.equal('false');
      expect(root.activeElement).to.equal(toggleOf(root));
      expect(hostEscapes, 'the Escape that collapsed the panel stays in it').to.have.length(0);

      await press('Escape');
      expect(hostEscapes, 'a collapsed panel lets Escape through').to.have.length(1);

      await press('Enter');
      before.focus();
      await press('Escape');
      expect(toggleOf(root).getAttribute('aria-expanded'), 'Escape on the host page leaves the panel alone').to.equal('true');
      expect(hostEscapes).to.have.length(2);
    } finally {
      document.removeEventListener('keydown', listen);
    }
  });

  it('opens the linked plan from the keyboard', async () => {
    const { root } = showPanel(STATES['a linked plan with open gates and blockers']!);
    root.querySelector<HTMLButtonElement>('button.open-plan')!.focus();
    await press('Enter');
    expect(opened).to.deep.equal([linkedPlan.id]);
  });

  it('gives every control a target of at least 24 by 24 px, expanded and collapsed', async () => {
    const { root } = showPanel(STATES['a linked plan with open gates and blockers']!);
    for (const expanded of [true, false]) {
      for (const control of controls(root)) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), `${control.className} (expanded: ${expanded})`).to.be.at.least(24);
      }
      toggleOf(root).click();
    }
  });

  it('is one node on the page, named as a landmark', async () => {
    const { host, root } = showPanel(STATES.ready!);
    expect(document.querySelectorAll(OVERLAY_TAG)).to.have.length(1);
    expect(host.parentElement).to.equal(document.body);
    const region = root.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('Preflight readiness');
  });

  it('takes away a panel an earlier copy of the script left where panels go, and looks nowhere else', () => {
    const left = document.body.appendChild(document.createElement(OVERLAY_TAG));
    const box = document.body.appendChild(document.createElement('div'));
    const deeper = box.appendChild(document.createElement(OVERLAY_TAG));
    removeLeftPanels();
    expect(left.isConnected).to.equal(false);
    expect(deeper.isConnected).to.equal(true);
    box.remove();
  });
});

/** The verdict states the folded pill names, with what it reads (visible text, then its accessible name). */
const PILLS = [
  { name: 'ready', shown: STATES.ready!, visible: 'Preflight Ready 0', label: 'Preflight Ready 0 failing', colour: 'ready' },
  { name: 'at risk', shown: STATES['at risk']!, visible: 'Preflight At risk 1', label: 'Preflight At risk 1 failing', colour: 'at-risk' },
  { name: 'blocked', shown: STATES.blocked!, visible: 'Preflight Blocked 2', label: 'Preflight Blocked 2 failing', colour: 'blocked' },
  { name: 'unread', shown: STATES['a page it could not read']!, visible: 'Preflight Unread', label: 'Preflight Unread', colour: 'at-risk' },
  { name: 'blocked, many checks', shown: STATES['many checks (the body scrolls)']!, visible: 'Preflight Blocked 24', label: 'Preflight Blocked 24 failing', colour: 'blocked' },
] as const;

/** The largest the folded pill may be: about a badge, far from the unfolded panel's 360 px bar. */
const PILL_MAX = { width: 240, height: 48 };

describe('Overlay folded to its pill', () => {
  for (const pill of PILLS) {
    it(`reads the state as text on the state's colour, with the failing count, and has no axe violations in light and dark: ${pill.name}`, async () => {
      const { host, root } = showPanel(pill.shown, true);
      const toggle = toggleOf(root);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector<HTMLElement>('#preflight-body')!.hidden).to.equal(true);
      expect(renderedText(toggle, true), 'visible').to.equal(pill.visible);
      expect(renderedText(toggle), 'name').to.equal(pill.label);
      const chip = toggle.querySelector<HTMLElement>('.state')!;
      expect(chip.classList.contains(pill.colour)).to.equal(true);
      for (const { scheme, page } of SCHEMES) {
        await emulateMedia({ colorScheme: scheme });
        document.body.style.background = page;
        await expect(host).to.be.accessible();
        expect(contrast(getComputedStyle(chip).color, getComputedStyle(chip).backgroundColor), `${scheme}: state label contrast`).to.be.at.least(4.5);
        const { width, height } = root.querySelector('.panel')!.getBoundingClientRect();
        expect(width, `${scheme}: pill width`).to.be.at.most(PILL_MAX.width);
        expect(height, `${scheme}: pill height`).to.be.at.most(PILL_MAX.height);
        expect(Math.min(toggle.getBoundingClientRect().width, toggle.getBoundingClientRect().height), `${scheme}: target`).to.be.at.least(24);
      }
    });
  }

  it('folds into the same corner the unfolded panel sits in, a badge-sized pill rather than a 360 px bar', async () => {
    const { root } = showPanel(STATES.blocked!);
    const panel = root.querySelector('.panel')!;
    const open = panel.getBoundingClientRect();
    expect(open.width, 'unfolded width').to.be.above(300);
    toggleOf(root).click();
    const pill = panel.getBoundingClientRect();
    expect(pill.width).to.be.at.most(PILL_MAX.width);
    expect(pill.height).to.be.at.most(PILL_MAX.height);
    expect(pill.right, 'right edge').to.be.closeTo(open.right, 0.5);
    expect(pill.bottom, 'bottom edge').to.be.closeTo(open.bottom, 0.5);
    expect(window.innerWidth - pill.right).to.be.closeTo(16, 0.5);
    expect(window.innerHeight - pill.bottom).to.be.closeTo(16, 0.5);
  });

  it('starts folded when the user left it folded, takes no focus at load and lets Tab through (no trap)', async () => {
    before.focus();
    const { host, root } = showPanel(STATES.blocked!, true);
    expect(document.activeElement).to.equal(before);
    expect(root.activeElement).to.equal(null);
    expect(controls(root)).to.deep.equal([toggleOf(root)]);
    await press('Tab');
    expect(root.activeElement).to.equal(toggleOf(root));
    await press('Tab');
    expect(root.activeElement, 'focus left the pill').to.equal(null);
    expect(document.activeElement).not.to.equal(host);
  });

  it('unfolds from the keyboard with Enter or Space; Escape folds it again and keeps focus on the toggle; each choice is passed on to be kept', async () => {
    const { root } = showPanel(STATES['a linked plan with open gates and blockers']!, true);
    const toggle = toggleOf(root);
    toggle.focus();
    await press('Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('.panel')!.getBoundingClientRect().width, 'unfolded as before').to.be.above(300);
    root.querySelector<HTMLButtonElement>('button.open-plan')!.focus();
    await press('Escape');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement).to.equal(toggle);
    expect(root.querySelector('.panel')!.getBoundingClientRect().width).to.be.at.most(PILL_MAX.width);
    await press('Space');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(folds).to.deep.equal([false, true, false]);
  });

  it('keeps its folded state when redrawn for another page', async () => {
    const { root } = showPanel(STATES.blocked!);
    toggleOf(root).click();
    overlay!.show(panelMarkup(STATES['at risk']!));
    expect(toggleOf(root).getAttribute('aria-expanded')).to.equal('false');
    expect(renderedText(toggleOf(root), true)).to.equal('Preflight At risk 1');
  });

  it('follows a choice made in another tab without taking focus, and without passing it on again', async () => {
    const { root } = showPanel(STATES.blocked!);
    before.focus();
    overlay!.fold(true);
    expect(toggleOf(root).getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement, 'the host page keeps its focus').to.equal(before);
    overlay!.fold(false);
    expect(toggleOf(root).getAttribute('aria-expanded')).to.equal('true');
    expect(document.activeElement).to.equal(before);
    expect(folds).to.deep.equal([]);

    // Focus inside the checks that fold away goes to the toggle, not to the page's body.
    root.querySelector<HTMLElement>('.body')!.focus();
    overlay!.fold(true);
    expect(root.activeElement).to.equal(toggleOf(root));
  });
});
