import { expect, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { mount, part, press, until } from './testing.js';
import { PopoverController, popoverStyles } from './popover.js';

/** The smallest host of the popover: one anchor button away from the page's corner (`popover` itself is an HTMLElement property). */
class PopoverHost extends LitElement {
  static override styles = [popoverStyles];
  readonly details = new PopoverController(this);

  override render() {
    return html`<button
        type="button"
        class="anchor"
        style="margin: 200px 0 0 300px"
        aria-controls=${this.details.id}
        @click=${(e: MouseEvent) => this.details.toggle(e.currentTarget as HTMLElement, 'one')}
      >
        Open
      </button>
      <button type="button" class="next">Next</button>
      ${this.details.render('Details', () => html`<p>Inside</p>`)}`;
  }
}
customElements.define('test-popover-host', PopoverHost);

const surfaceOf = (el: PopoverHost) => part(el, '[part=popover]');

describe('PopoverController', () => {
  it('opens beside its anchor once Floating UI has loaded on the first open, and closes with Escape', async () => {
    const el = await mount<PopoverHost>(html`<test-popover-host></test-popover-host>`);
    const anchor = part(el, 'button.anchor');
    expect(surfaceOf(el).style.left).to.equal('');
    anchor.click();
    await until(() => surfaceOf(el).matches(':popover-open'), 'the popover to open');
    await until(() => surfaceOf(el).style.left !== '', 'the popover to be placed');
    const a = anchor.getBoundingClientRect();
    const s = surfaceOf(el).getBoundingClientRect();
    expect(Math.abs(s.left - a.left)).to.be.below(2);
    expect(s.top).to.be.at.least(a.bottom);
    expect(surfaceOf(el).textContent).to.contain('Inside');
    await press('Escape');
    await until(() => !surfaceOf(el).matches(':popover-open'), 'the popover to close');
    expect(el.details.isOpen()).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(anchor);
  });

  it('forgets what it was open for when its host leaves the page, and opens again when it is back', async () => {
    const el = await mount<PopoverHost>(html`<test-popover-host></test-popover-host>`);
    part(el, 'button.anchor').click();
    await until(() => surfaceOf(el).style.left !== '', 'the popover to be placed');
    const parent = el.parentElement!;
    el.remove();
    expect(el.details.isOpen()).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    part(el, 'button.anchor').click();
    await until(() => surfaceOf(el).matches(':popover-open'), 'the popover to open again');
  });

  it('is named by its anchor through aria-controls, and Tab out of it goes on from the anchor, not off the page', async () => {
    const el = await mount<PopoverHost>(html`<test-popover-host></test-popover-host>`);
    const anchor = part(el, 'button.anchor');
    expect(anchor.getAttribute('aria-controls')).to.equal(surfaceOf(el).id);
    expect(surfaceOf(el).id).to.not.equal('');
    anchor.focus();
    await press('Enter');
    await until(() => surfaceOf(el).matches(':popover-open'), 'the popover to open');
    await until(() => el.shadowRoot!.activeElement === surfaceOf(el), 'focus to move into the popover');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.className).to.equal('popover-close');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.className).to.equal('next');
  });

  it('removes every listener autoUpdate added when its host is disconnected while open', async () => {
    const added = new Map<string, number>();
    const count = (type: string, by: number) => added.set(type, (added.get(type) ?? 0) + by);
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      count(type, 1);
      return (addEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      count(type, -1);
      return (removeEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const el = await mount<PopoverHost>(html`<test-popover-host></test-popover-host>`);
      const before = new Map(added);
      part(el, 'button.anchor').click();
      await until(() => surfaceOf(el).style.left !== '', 'the popover to be placed');
      expect(added.get('resize')).to.be.above(before.get('resize') ?? 0);
      el.remove();
      for (const type of ['resize', 'scroll']) expect(added.get(type) ?? 0, type).to.equal(before.get(type) ?? 0);
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
  });
});
