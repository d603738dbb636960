import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { conflictDifferences, settleImport, type ImportChoice, type ImportConflict, type ImportReport, type PlanStore } from '@preflight/core/store';
import { downloadText } from '@preflight/components/download';

/**
 * Export every plan as one JSON file; import a file, reporting each bad record by its index and
 * path, and importing the good ones only when asked. A plan saved here with other content is
 * compared field by field, and the person keeps theirs, takes the file's (theirs set aside as a
 * copy) or takes both. Fires `preflight-imported` with the ids written.
 */
export class ExchangePanel extends LitElement {
  @property({ attribute: false }) store: PlanStore | undefined;
  @state() private report: ImportReport | undefined;
  @state() private fileError = '';
  @state() private message = '';
  /** Plans in the file that differ from the saved ones, waiting for a choice. */
  @state() private conflicts: ImportConflict[] = [];
  /** The conflict being compared in the dialog. */
  @state() private comparing: ImportConflict | undefined;
  @state() private settleError = '';
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
      ${this.fileError ? html`<p class="field-error" role="alert">${this.fileError}</p>` : nothing} ${this.renderReport()} ${this.renderConflicts()}
      <p role="status" class="exchange-status">${this.message}</p>
      ${this.renderCompare()}
    </section>`;
  }

  private renderConflicts(): TemplateResult | typeof nothing {
    if (!this.conflicts.length) return nothing;
    return html`<div class="import-conflicts">
      <p><strong>${plural(this.conflicts.length, 'plan')} in the file ${this.conflicts.length === 1 ? 'differs' : 'differ'} from ${this.conflicts.length === 1 ? 'the one' : 'the ones'} saved here.</strong> Compare each and choose what to keep.</p>
      <ul>
        ${this.conflicts.map(
          (c) => html`<li>
            <span class="conflict-name">${c.current.campaign.name}</span>
            <button type="button" aria-label=${`Compare “${c.current.campaign.name}” with the file`} @click=${() => this.compare(c)}>Compare…</button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCompare(): TemplateResult {
    const c = this.comparing;
    const rows = c ? conflictDifferences(c) : [];
    const shown = rows.slice(0, 60);
    return html`<dialog class="import-compare" aria-labelledby="compare-heading" @close=${() => (this.comparing = undefined)}>
      ${c
        ? html`<h2 id="compare-heading">“${c.current.campaign.name}”: saved here and in the file</h2>
            <div class="compare-table">
              <table>
                <caption>${plural(rows.length, 'difference')}</caption>
                <thead><tr><th scope="col">Where</th><th scope="col">Saved here</th><th scope="col">In the file</th></tr></thead>
                <tbody>${shown.map((d) => html`<tr><th scope="row">${d.where}</th><td>${d.saved}</td><td>${d.incoming}</td></tr>`)}</tbody>
              </table>
              ${rows.length > shown.length ? html`<p>…and ${rows.length - shown.length} more.</p>` : nothing}
            </div>
            <ul class="compare-choices">
              <li><button type="button" @click=${() => this.settle(c, 'keep')}>Keep mine</button> nothing changes; the file's version stays in the file.</li>
              <li><button type="button" @click=${() => this.settle(c, 'theirs')}>Take the file's</button> yours is kept as a copy named “… (before import)”.</li>
              <li><button type="button" @click=${() => this.settle(c, 'both')}>Take both</button> everything the file adds; where both changed the same thing, yours stays.</li>
            </ul>
            ${this.settleError ? html`<p class="field-error" role="alert">${this.settleError}</p>` : nothing}
            <button type="button" class="compare-close" @click=${() => this.closeCompare()}>Decide later</button>`
        : nothing}
    </dialog>`;
  }

  private async compare(conflict: ImportConflict): Promise<void> {
    this.comparing = conflict;
    this.settleError = '';
    await this.updateComplete;
    this.querySelector<HTMLDialogElement>('dialog.import-compare')?.showModal();
  }

  private closeCompare(): void {
    this.querySelector<HTMLDialogElement>('dialog.import-compare')?.close();
  }

  private async settle(conflict: ImportConflict, choice: ImportChoice): Promise<void> {
    this.settleError = '';
    try {
      const settled = await settleImport(this.store!, conflict, choice, new Date().toISOString());
      const name = conflict.current.campaign.name;
      this.message =
        choice === 'keep'
          ? `Kept “${name}” as saved.`
          : choice === 'theirs'
            ? `Took the file's “${conflict.incoming.campaign.name}”; yours is kept as “${name} (before import)”.`
            : `Took both for “${name}”: ${plural(settled.added, 'addition')} from the file${settled.kept.length ? `, ${settled.kept.length} of yours kept where both differ` : ''}.`;
      this.conflicts = this.conflicts.filter((c) => c !== conflict);
      this.closeCompare();
      if (choice !== 'keep') this.dispatchEvent(new CustomEvent('preflight-imported', { detail: [conflict.id], bubbles: true }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.settleError =
        code === 'conflict'
          ? 'This plan was saved again since the file was read: nothing was replaced. Import the file again to compare with the latest version.'
          : code === 'invalid_plan'
            ? `The two can't be combined into a valid plan (${(error as Error).message}). Keep yours or take the file's.`
            : `Nothing was changed: ${(error as Error).message}`;
    }
  }

  private renderReport(): TemplateResult | typeof nothing {
    const report = this.report;
    if (!report || report.applied) return nothing;
    const valid = countValid(this.pendingInput, report);
    if (!report.problems.length) return nothing;
    return html`<div class="import-report" role="alert">
      <strong>Nothing was imported yet: the file has ${plural(report.problems.length, 'problem')}.</strong>
      <ul>
        ${report.problems.slice(0, 50).map((p) => html`<li>${p.index >= 0 ? html`Record ${p.index}: ` : nothing}<code>${p.path}</code> ${p.message}</li>`)}
      </ul>
      ${report.problems.length > 50 ? html`<p>…and ${report.problems.length - 50} more.</p>` : nothing}
      ${valid > 0
        ? html`<button type="button" @click=${this.importValid}>Import the ${valid} valid plan${valid === 1 ? '' : 's'}</button>`
        : report.conflicts.length
          ? nothing
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
    this.conflicts = report.conflicts;
    // Only differing plans: nothing else to import; each waits for its choice.
    if (!report.applied && !report.problems.length) {
      void this.importValid();
      return;
    }
    if (!report.applied) return;
    const parts = [
      report.imported.length || !report.conflicts.length ? `Imported ${plural(report.imported.length, 'plan')}` : '',
      report.unchanged.length ? `${report.unchanged.length} already saved` : '',
      report.conflicts.length ? `${report.conflicts.length} to compare` : '',
      report.problems.length ? `${plural(new Set(report.problems.map((p) => p.index)).size, 'bad record')} skipped` : '',
    ].filter(Boolean);
    const sentence = parts.join('; ');
    this.message = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
    this.dispatchEvent(new CustomEvent('preflight-imported', { detail: report.imported, bubbles: true }));
  }
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

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
