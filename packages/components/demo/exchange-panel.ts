import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ImportReport, PlanStore } from '@preflight/core/store';
import { downloadText } from '../src/shared/download.js';

/**
 * Export every plan as one JSON file; import a file, reporting each bad record by its index and
 * path, and importing the good ones only when asked. Fires `preflight-imported` with the new ids.
 */
export class ExchangePanel extends LitElement {
  @property({ attribute: false }) store: PlanStore | undefined;
  @state() private report: ImportReport | undefined;
  @state() private fileError = '';
  @state() private message = '';
  private pendingInput: unknown;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    return html`<section class="exchange" aria-labelledby="exchange-heading">
      <h3 id="exchange-heading">Import and export</h3>
      <button type="button" @click=${this.exportAll}>Export all plans (JSON)</button>
      <div class="field">
        <label for="import-file">Import a Preflight JSON file</label>
        <input id="import-file" type="file" accept="application/json,.json" @change=${this.onFile} />
      </div>
      ${this.fileError ? html`<p class="field-error" role="alert">${this.fileError}</p>` : nothing} ${this.renderReport()}
      <p role="status" class="exchange-status">${this.message}</p>
    </section>`;
  }

  private renderReport(): TemplateResult | typeof nothing {
    const report = this.report;
    if (!report || report.applied) return nothing;
    const valid = countValid(this.pendingInput, report);
    return html`<div class="import-report" role="alert">
      <strong>Nothing was imported yet: the file has ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}${report.conflicts.length ? ` and ${report.conflicts.length} plan(s) that differ from the saved ones` : ''}.</strong>
      <ul>
        ${report.problems.slice(0, 50).map((p) => html`<li>${p.index >= 0 ? html`Record ${p.index}: ` : nothing}<code>${p.path}</code> ${p.message}</li>`)}
        ${report.conflicts.map((c) => html`<li>Record ${c.index}: plan <code>${c.id}</code> is already saved with other content; it is kept as saved.</li>`)}
      </ul>
      ${report.problems.length > 50 ? html`<p>…and ${report.problems.length - 50} more.</p>` : nothing}
      ${valid > 0
        ? html`<button type="button" @click=${this.importValid}>Import the ${valid} valid plan${valid === 1 ? '' : 's'}</button>`
        : html`<p>No plan in the file can be imported.</p>`}
      <button type="button" @click=${() => (this.report = undefined)}>Cancel</button>
    </div>`;
  }

  private async exportAll(): Promise<void> {
    if (!this.store) return;
    const file = await this.store.exportAll(new Date().toISOString());
    downloadText(`preflight-plans-${file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    this.message = `Exported ${file.plans.length} plan${file.plans.length === 1 ? '' : 's'}.`;
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.importText(await file.text(), file.name);
    input.value = '';
  }

  /** Reads and imports JSON text; public so tests and other panels can feed text directly. */
  async importText(text: string, name = 'the file'): Promise<ImportReport | undefined> {
    this.fileError = this.message = '';
    this.report = undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.fileError = `${name} is not valid JSON: ${(error as Error).message}`;
      return undefined;
    }
    this.pendingInput = value;
    const report = await this.store!.importFile(value);
    this.finish(report);
    return report;
  }

  private async importValid(): Promise<void> {
    this.finish(await this.store!.importFile(this.pendingInput, { acceptPartial: true }));
  }

  private finish(report: ImportReport): void {
    this.report = report;
    if (!report.applied) return;
    const kept = report.conflicts.length ? `; ${report.conflicts.length} kept as saved` : '';
    const skipped = report.problems.length ? `; ${new Set(report.problems.map((p) => p.index)).size} bad record(s) skipped` : '';
    this.message = `Imported ${report.imported.length} plan${report.imported.length === 1 ? '' : 's'}${report.unchanged.length ? `, ${report.unchanged.length} already saved` : ''}${kept}${skipped}.`;
    this.dispatchEvent(new CustomEvent('preflight-imported', { detail: report.imported, bubbles: true }));
  }
}

/** Plans in the file that are valid and not in conflict: what "import the valid ones" writes (or finds unchanged). */
function countValid(input: unknown, report: ImportReport): number {
  const records = Array.isArray(input) ? input.length : typeof input === 'object' && input !== null && Array.isArray((input as { plans?: unknown }).plans) ? (input as { plans: unknown[] }).plans.length : 1;
  const bad = new Set(report.problems.filter((p) => p.index >= 0).map((p) => p.index));
  if (report.problems.some((p) => p.index === -1)) return 0;
  return records - bad.size - report.conflicts.length;
}

customElements.define('preflight-exchange-panel', ExchangePanel);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-exchange-panel': ExchangePanel;
  }
}
