import { expect, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { mount, part, press, until } from './testing.js';
import { PopoverController, popoverStyles } from './popover.js';

/** The smallest host of the popover: one anchor button away from the page's corner (`popover` itself is an HTMLElement property). */
class PopoverHost extends LitElement {
  static override styles = [popoverStyles];
  readonly details = new PopoverController(this);

  override render() {
    return html`<button type="button" style="margin: 200px 0 0 300px" @click=${(e: MouseEvent) => this.details.toggle(e.currentTarget as HTMLElement, 'one')}>
        Open
      </button>
      ${this.details.render('Details', () => html`<p>Inside</p>`)}`;
  }
}
customElements.define('test-popover-host', PopoverHost);

const surfaceOf = (el: PopoverHost) => part(el, '[part=popover]');

describe('PopoverController', () => {
  it('opens beside its anchor once Floating UI has loaded on the first open, and closes with Escape', async () => {
    const el = await mount<PopoverHost>(html`<test-popover-host></test-popover-host>`);
    const anchor = part(el, 'button');
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
    part(el, 'button').click();
    await until(() => surfaceOf(el).style.left !== '', 'the popover to be placed');
    const parent = el.parentElement!;
    el.remove();
    expect(el.details.isOpen()).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    part(el, 'button').click();
    await until(() => surfaceOf(el).matches(':popover-open'), 'the popover to open again');
  });
});
