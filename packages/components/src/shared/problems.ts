import { html, type TemplateResult } from 'lit';
import type { Problem } from '@preflight/core';

/** An alert listing input problems by path (an unreadable `now` or config, a refused edit). */
export function renderProblems(heading: string, problems: readonly Problem[]): TemplateResult {
  return html`<div part="error" role="alert">
    <strong>${heading}</strong>
    <ul>${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
  </div>`;
}
