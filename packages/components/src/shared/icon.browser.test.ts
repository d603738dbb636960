import { expect, html } from '@open-wc/testing';
import ChevronsLeft from 'lucide/dist/esm/icons/chevrons-left.mjs';
import { PreflightElement } from './preflight-element.js';
import { ICONS, icon, type IconNode } from './icon.js';
import { mount, part, parts } from './testing.js';

/** A Preflight element showing one icon in a labelled button, as the elements do. */
class IconHost extends PreflightElement {
  node: IconNode = ICONS.calendar;
  override render() {
    return html`<button type="button" aria-label="Choose a date">${icon(this.node)}</button>`;
  }
}
customElements.define('test-icon-host', IconHost);

describe('icon', () => {
  it("draws Lucide's icon node: each child with its attributes, stroked in the text's colour, hidden from assistive technology", async () => {
    const el = await mount<IconHost>(html`<test-icon-host></test-icon-host>`);
    el.node = ChevronsLeft;
    el.requestUpdate();
    await el.updateComplete;
    const svg = part<SVGSVGElement>(el, 'svg.icon');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 24 24');
    expect(getComputedStyle(svg).stroke).to.equal(getComputedStyle(part(el, 'button')).color);
    const drawn = parts(el, 'svg.icon > *').map((child) => [child.localName, child.getAttribute('d')]);
    expect(drawn).to.deep.equal(ChevronsLeft.map(([tag, attrs]) => [tag, attrs.d]));
    expect(drawn.length).to.equal(2);
  });

  it('draws every kind of child the icons here use (the calendar: a rect and paths)', async () => {
    const el = await mount<IconHost>(html`<test-icon-host></test-icon-host>`);
    const children = parts<SVGGraphicsElement>(el, 'svg.icon > *');
    expect(children.map((c) => c.localName)).to.deep.equal(ICONS.calendar.map(([tag]) => tag));
    const rect = children.find((c) => c.localName === 'rect')!;
    expect(rect.getBBox().width).to.be.above(10);
  });

  it('is as big as --preflight-icon-size, the lg step of the type scale by default', async () => {
    const el = await mount<IconHost>(html`<test-icon-host></test-icon-host>`);
    const size = () => part(el, 'svg.icon').getBoundingClientRect();
    expect(size().width).to.equal(16);
    expect(size().height).to.equal(16);
    el.style.setProperty('--preflight-icon-size', '20px');
    expect(size().width).to.equal(20);
    el.style.setProperty('--preflight-font-size-lg', '18px');
    el.style.removeProperty('--preflight-icon-size');
    expect(size().width).to.equal(18);
  });
});
