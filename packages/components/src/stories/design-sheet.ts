import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PreflightElement } from '../shared/preflight-element.js';
import { designTokens } from '../shared/token-values.js';

/** What a design sheet shows. */
export type DesignSection = 'type' | 'space' | 'colours' | 'states' | 'shapes' | 'controls';

const TOKENS = designTokens();
const SAMPLE = 'Launch readiness: 2 open gates';
/** What each step of the type scale is for. */
const TYPE_USES: Record<string, string> = {
  xs: 'chips, chart labels',
  sm: 'secondary text, hints, metadata',
  md: 'body text, controls',
  lg: 'an element’s title, icons',
  xl: 'a key figure',
  '2xl': 'a page heading',
};
const STATES = [
  { state: 'ready', word: 'Ready', shape: 'circle' },
  { state: 'at-risk', word: 'At risk', shape: 'triangle' },
  { state: 'blocked', word: 'Blocked', shape: 'square' },
] as const;

/**
 * The design tokens drawn with themselves, inside a Preflight element so they take its theme and whatever the
 * page sets on an ancestor: the Design page's type and spacing scales, colours, state marks and controls.
 * A story helper, not part of the library.
 */
export class PreflightDesignSheet extends PreflightElement {
  static override styles = [
    ...PreflightElement.styles,
    css`
      :host {
        background: var(--_surface);
        padding: var(--_space-4);
        border-radius: var(--_radius-lg);
      }
      h2 {
        margin: 0 0 var(--_space-3);
        font-size: var(--_font-size-lg);
        font-weight: var(--_font-weight-semibold);
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--_space-1) var(--_space-2);
        border-bottom: 1px solid var(--_outline-subtle);
        vertical-align: middle;
      }
      th {
        font-size: var(--_font-size-sm);
        font-weight: var(--_font-weight-medium);
        color: var(--_on-surface-muted);
      }
      code {
        font-size: var(--_font-size-sm);
        white-space: nowrap;
      }
      .muted {
        color: var(--_on-surface-muted);
        font-size: var(--_font-size-sm);
      }
      .sample {
        margin: 0;
        line-height: var(--_line-height-tight);
      }
      .bar {
        height: var(--_space-4);
        background: var(--_primary);
        border-radius: var(--_radius-sm);
      }
      .swatch {
        width: var(--_space-8);
        height: var(--_space-6);
        border: 1px solid var(--_outline);
        border-radius: var(--_radius-sm);
      }
      .states,
      .shapes,
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-3);
        align-items: center;
      }
      .state {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-2);
        padding: var(--_space-2) var(--_space-3);
        border: 1px solid var(--_outline);
        border-radius: var(--_radius);
        font-weight: var(--_font-weight-semibold);
      }
      .mark {
        width: var(--_space-2);
        height: var(--_space-2);
        border-radius: 50%;
      }
      [data-shape='square'] .mark {
        border-radius: 1px;
      }
      [data-shape='triangle'] .mark {
        width: var(--_space-3);
        border-radius: 0;
        clip-path: polygon(50% 0, 100% 100%, 0 100%);
      }
      .shape {
        display: grid;
        place-items: center;
        width: calc(var(--_space-8) * 2);
        height: var(--_space-8);
        border: 1px solid var(--_outline-subtle);
        background: var(--_surface-raised);
        font-size: var(--_font-size-sm);
      }
      .controls {
        display: grid;
        gap: var(--_space-4);
      }
      .field {
        display: grid;
        gap: var(--_space-1);
        max-width: 16rem;
      }
      .check {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-1);
      }
    `,
  ];

  /** Which part of the design language to show. */
  @property() section: DesignSection = 'colours';

  protected override render(): TemplateResult {
    switch (this.section) {
      case 'type':
        return this.renderType();
      case 'space':
        return this.renderSpace();
      case 'states':
        return this.renderStates();
      case 'shapes':
        return this.renderShapes();
      case 'controls':
        return this.renderControls();
      default:
        return this.renderColours();
    }
  }

  private renderType(): TemplateResult {
    return html`<h2>Type scale</h2>
      <table>
        <thead><tr><th scope="col">Token</th><th scope="col">Size</th><th scope="col">For</th><th scope="col">Sample</th></tr></thead>
        <tbody>
          ${TOKENS.fontSizes.map(
            ({ name, value, alias }) => html`<tr>
              <td><code>${name}</code>${alias ? html`<div class="muted">or <code>${alias}</code></div>` : ''}</td>
              <td>${value} (${parseFloat(value) * 16} px)</td>
              <td class="muted">${TYPE_USES[name.replace('--preflight-font-size-', '')]}</td>
              <td><p class="sample" style=${`font-size: var(${name.replace('--preflight-', '--_')})`}>${SAMPLE}</p></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="muted">
        Weights: ${TOKENS.fontWeights.map(({ name, value }) => html`<code>${name}</code> ${value} `)}. Line heights:
        ${TOKENS.lineHeights.map(({ name, value }) => html`<code>${name}</code> ${value} `)}.
      </p>`;
  }

  private renderSpace(): TemplateResult {
    return html`<h2>Spacing scale (4 px base)</h2>
      <table>
        <thead><tr><th scope="col">Token</th><th scope="col">Size</th><th scope="col" style="width: 50%">Bar</th></tr></thead>
        <tbody>
          ${TOKENS.space.map(
            ({ name, px }) => html`<tr>
              <td><code>${name}</code></td>
              <td>${px} px</td>
              <td><div class="bar" style=${`width: var(${name.replace('--preflight-', '--_')})`}></div></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="muted"><code>--preflight-space</code> (8 px) is the step they are built on: set it and every step follows.</p>`;
  }

  private renderColours(): TemplateResult {
    return html`<h2>System colours</h2>
      <table>
        <thead><tr><th scope="col">In this theme</th><th scope="col">Token</th><th scope="col">Light</th><th scope="col">Dark</th></tr></thead>
        <tbody>
          ${TOKENS.colors.map(
            ({ name, light, dark }) => html`<tr>
              <td><div class="swatch" style=${`background: var(${name.replace('--preflight-color-', '--_')})`}></div></td>
              <td><code>${name}</code></td>
              <td><code>${light}</code></td>
              <td><code>${dark}</code></td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderStates(): TemplateResult {
    return html`<h2>Readiness states</h2>
      <div class="states">
        ${STATES.map(
          ({ state, word, shape }) => html`<span
            class="state"
            data-shape=${shape}
            style=${`color: var(--_on-surface); background: var(--_${state}-container); border-color: var(--_${state})`}
            ><span class="mark" aria-hidden="true" style=${`background: var(--_${state})`}></span>${word}</span
          >`,
        )}
      </div>
      <p class="muted">
        Each state has a word, a shape (circle, triangle, square) and a colour, so it never reads by colour alone:
        <code>--preflight-color-ready</code>, <code>-at-risk</code>, <code>-blocked</code> and their <code>-container</code>s.
      </p>`;
  }

  private renderShapes(): TemplateResult {
    return html`<h2>Radii and elevation</h2>
      <div class="shapes">
        ${TOKENS.radii.map(
          ({ name, value }) => html`<div class="shape" style=${`border-radius: var(${name.replace('--preflight-', '--_')})`}><code>${name}</code>${value}</div>`,
        )}
        <div class="shape" style="border-radius: var(--_radius-lg); box-shadow: var(--_shadow-raised)"><code>${TOKENS.elevation.name}</code>raised</div>
      </div>`;
  }

  private renderControls(): TemplateResult {
    return html`<h2>Controls</h2>
      <div class="controls">
        <div class="row">
          <button type="button" class="primary">Save settings</button>
          <button type="button">Edit</button>
          <button type="button" class="quiet">Whole ladder</button>
          <button type="button" class="danger">Cancel campaign</button>
          <button type="button" disabled>Disabled</button>
        </div>
        <div class="row">
          <label class="field">Campaign name <input type="text" value="Webinar September" /></label>
          <label class="field">Owner <input type="text" placeholder="Marketing ops" /></label>
          <label class="field"
            >Layer
            <select>
              <option>Strategy</option>
              <option>Execution</option>
            </select></label
          >
        </div>
        <div class="row">
          <label class="check"><input type="checkbox" checked /> Gate: blocks launch</label>
          <label class="check"><input type="checkbox" /> Count business hours only</label>
          <label class="field">Disabled <input type="text" value="Read-only plan" disabled /></label>
        </div>
      </div>`;
  }
}

if (!customElements.get('preflight-design-sheet')) customElements.define('preflight-design-sheet', PreflightDesignSheet);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-design-sheet': PreflightDesignSheet;
  }
}
