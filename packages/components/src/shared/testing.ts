/**
 * Test harness for Preflight elements in a real browser: mounting, both themes under axe,
 * real key presses, and event capture. Imported by `*.browser.test.ts` only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { PreflightChangeDetail } from './changes.js';
import type { Clock } from './clock.js';
import type { PreflightElement, Theme } from './preflight-element.js';

/** The page backgrounds each theme must read well on (dark: Notion's). */
export const BACKDROPS: Record<Exclude<Theme, 'auto'>, string> = { light: '#ffffff', dark: '#191919' };

/** A name shaped like markup: it must always render as text. */
export const XSS_NAME = '<img src=x onerror="globalThis.__preflightXss=1">';

/** Renders a template into a fresh container and waits for the element's first update. */
export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await (el as unknown as PreflightElement).updateComplete;
  return el;
}

/** The element's shadow root, asserted present. */
export function shadowOf(el: HTMLElement): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${el.localName} has no shadow root`);
  return root;
}

/** One element inside the shadow root; throws (failing the test) when it is missing. */
export function part<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T {
  const found = shadowOf(el).querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
}

export function parts<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] {
  return [...shadowOf(el).querySelectorAll<T>(selector)];
}

/** The element focused inside the element's shadow root (null when focus is elsewhere). */
export const focused = (el: HTMLElement): Element | null => shadowOf(el).activeElement;

/** Presses one key, or a chord such as `Control+Home` (modifiers held down around the last key), with real keyboard input. */
export async function press(chord: string): Promise<void> {
  const keys = chord.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}

/** Types text with real keyboard input. */
export const typeText = (text: string): Promise<void> => sendKeys({ type: text });

/** Runs axe on the element in the light and the dark theme, each on its backdrop. */
export async function expectAccessibleInBothThemes(el: PreflightElement): Promise<void> {
  const host = el.parentElement ?? document.body;
  const before = el.theme;
  for (const theme of ['light', 'dark'] as const) {
    el.theme = theme;
    host.style.background = BACKDROPS[theme];
    host.style.padding = '8px';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  }
  el.theme = before;
  await el.updateComplete;
}

/** Collects every `preflight-change` the element dispatches, optionally cancelling them. */
export function recordChanges(el: HTMLElement, { cancel = false } = {}): PreflightChangeDetail[] {
  const seen: PreflightChangeDetail[] = [];
  el.addEventListener('preflight-change', (event) => {
    seen.push(event.detail);
    if (cancel) event.preventDefault();
  });
  return seen;
}

/** Waits until `check` holds, re-checking after each animation frame (for store round trips). */
export async function until(check: () => boolean, what: string, frames = 300): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The part of an element's box that its clipping ancestors inside the shadow root let show. */
function visibleBox(node: Element, root: ShadowRoot): DOMRect {
  let { left, top, right, bottom } = node.getBoundingClientRect();
  for (let p = node.parentElement; p && root.contains(p); p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowX === 'visible' && style.overflowY === 'visible' && style.clipPath === 'none') continue;
    const r = p.getBoundingClientRect();
    [left, top, right, bottom] = [Math.max(left, r.left), Math.max(top, r.top), Math.min(right, r.right), Math.min(bottom, r.bottom)];
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/**
 * What in the element's shadow root shows beyond the host's box sideways, or scrolls sideways:
 * empty when everything fits the width the element was given.
 */
export function sidewaysOverflow(el: HTMLElement): string[] {
  const root = shadowOf(el);
  const host = el.getBoundingClientRect();
  const name = (n: Element) => `${n.localName}${n.id ? `#${n.id}` : ''}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}`;
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const box = visibleBox(node, root);
    if (box.width === 0 || box.height === 0) continue;
    if (box.left < host.left - 0.5 || box.right > host.right + 0.5) found.push(`${name(node)} shows from ${Math.round(box.left - host.left)} to ${Math.round(box.right - host.left)} px of a ${Math.round(host.width)} px host`);
    const style = getComputedStyle(node);
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && node.scrollWidth > node.clientWidth + 1) found.push(`${name(node)} scrolls sideways (${node.scrollWidth} px in ${node.clientWidth} px)`);
  }
  return found;
}

/** Whether the element's box shows in full inside the host's box and its clipping ancestors (text cut off by an ellipsis counts as not shown). */
export function showsInHost(el: HTMLElement, node: Element): boolean {
  const host = el.getBoundingClientRect();
  const box = node.getBoundingClientRect();
  const seen = visibleBox(node, shadowOf(el));
  const inside = box.left >= host.left - 0.5 && box.right <= host.right + 0.5 && box.top >= host.top - 0.5 && box.bottom <= host.bottom + 0.5;
  const whole = Math.abs(seen.width - box.width) < 1 && Math.abs(seen.height - box.height) < 1 && box.width > 0;
  const control = node.matches('input, select, textarea');
  return inside && whole && (control || (node.scrollWidth <= node.clientWidth + 1 && node.scrollHeight <= node.clientHeight + 1));
}

/** The viewport every test starts from; a test that changes it puts it back. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

export interface Frame {
  name: string;
  viewport: { width: number; height: number };
  wrap: (element: TemplateResult) => TemplateResult;
}

/** The narrow places an element is dropped into: a phone-width viewport, a Notion embed (420 px), a narrow column in a wide page. */
export const NARROW_FRAMES: readonly Frame[] = [
  { name: 'a 320 px viewport', viewport: { width: 320, height: 800 }, wrap: (element) => element },
  { name: 'a 420 px viewport', viewport: { width: 420, height: 800 }, wrap: (element) => element },
  { name: 'a 320 px wide column', viewport: DEFAULT_VIEWPORT, wrap: (element) => html`<div style="width: 320px">${element}</div>` },
];

/** Sets the frame's viewport, mounts the element in it and returns the element (not its wrapper), updated. */
export async function mountIn<T extends HTMLElement>(frame: Frame, element: TemplateResult): Promise<T> {
  await setViewport(frame.viewport);
  const root = await mount<HTMLElement>(frame.wrap(element));
  const el = (root.localName.includes('-') ? root : [...root.querySelectorAll('*')].find((n) => n.localName.includes('-'))) as T;
  await (el as unknown as PreflightElement).updateComplete;
  return el;
}

/**
 * A clock the test moves by hand, for an element's `clock`: `advance` moves the time forward and runs,
 * in order, every task that falls due on the way (as a page left open would see them).
 */
export class ManualClock implements Clock {
  private tasks: { at: number; task: () => void }[] = [];

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  at(at: number, task: () => void): () => void {
    const entry = { at, task };
    this.tasks.push(entry);
    return () => (this.tasks = this.tasks.filter((t) => t !== entry));
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.tasks.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.tasks = this.tasks.filter((t) => t !== next);
      this.time = Math.max(this.time, next.at);
      next.task();
    }
    this.time = end;
  }

  /** Moves the time without running what falls due, as in a hidden tab whose timers the browser holds back. */
  jump(to: number): void {
    this.time = to;
  }

  /** Tasks waiting: an element judged at a fixed `now`, or gone from the page, leaves none. */
  get pending(): number {
    return this.tasks.length;
  }
}
