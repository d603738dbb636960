import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { agenda, agendaHeading, agendaMarkdown, agendaSections, blockedFlags, type Agenda, type AgendaEntry, type AgendaSection, type BlockedEntry } from '@preflight/core';
import { PlansElement, type PlansInput } from '../shared/plans-element.js';
import { agendaStyles } from './agenda.styles.js';

declare module '../shared/changes.js' {
  interface PreflightEventMap {
    'preflight-copy': { markdown: string };
  }
}

declare global {
  interface HTMLElementEventMap {
    'preflight-copy': CustomEvent<{ markdown: string }>;
  }
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; markdown: string };

/** A record's kind as people say it. */
const KIND_WORDS: Record<AgendaEntry['kind'], string> = { step: 'Step', item: 'Checklist', milestone: 'Milestone', blocker: 'Blocker', log: 'Note', approval: 'Review', campaign: 'Campaign' };

/**
 * @summary The agenda of the team's next meeting, from the live state of one plan or many: Monday
 * planning, Wednesday blocker check, Thursday approvals review or Friday review (the core's
 * cadence), for the meeting on or after `now`'s day on the team's clock. Each meeting lists what got
 * done, what is blocked (blockers with no owner or due date first), what changed and what is due
 * before the next meeting, then what that day's meeting is for: new requests and capacity, breached
 * or waiting reviews, learnings and recognition.
 *
 * **Copy as Markdown** puts the agenda on the clipboard as the core writes it (for a Slack message or a
 * Notion page; text from the plans is escaped) and says so politely; where the browser refuses the
 * clipboard, the Markdown is shown to select and copy by hand.
 *
 * @event preflight-copy - The agenda was copied: `detail: {markdown}`.
 * @csspart header - The meeting, its date and sprint, its purpose and the days it covers.
 * @csspart copy-button - The Copy as Markdown button.
 * @csspart copy-status - The polite announcement of a copy (role=status).
 * @csspart copy-fallback - The Markdown to copy by hand when the clipboard is refused.
 * @csspart section - One section; carries `data-id` (done, blocked, changed, next, requests, capacity, approvals, learnings, recognition).
 * @csspart entry - One line of a section.
 * @csspart flag - A blocker's missing owner or due date, or overdue.
 * @csspart empty - What is shown when there are no plans.
 */
export class PreflightAgenda extends PlansElement {
  static override styles = [...PlansElement.styles, agendaStyles];

  @state() private copy: CopyState = { kind: 'idle' };

  private memo: { key: unknown; agenda: Agenda } | undefined;

  protected get noun(): string {
    return 'Agenda';
  }

  private agendaOf(input: Extract<PlansInput, { ok: true }>): Agenda {
    if (this.memo?.key !== input) this.memo = { key: input, agenda: agenda(input.plans, input.now, input.config) };
    return this.memo.agenda;
  }

  protected renderPlans(input: Extract<PlansInput, { ok: true }>): TemplateResult {
    if (!input.plans.length) {
      return html`<div part="empty" class="empty">
        <strong>No plans for an agenda yet.</strong>
        <p>The agenda is made from your plans: steps and checklist items done or due, blockers, milestones and reviews. Add a plan (or give this element its plans) and the next meeting’s agenda appears here.</p>
      </div>`;
    }
    const a = this.agendaOf(input);
    const head = agendaHeading(a);
    const many = input.plans.length > 1;
    return html`
      <header part="header" class="header">
        <div class="heading">
          <h2><span class="meeting">${a.meeting.title}</span> <time class="date" datetime=${a.date}>${this.dates.day(a.date)}</time></h2>
          <p class="purpose">${head.purpose}</p>
          <p class="covers">Sprint ${a.sprint} · ${this.dates.sentence(head.covers)}</p>
        </div>
        <button type="button" part="copy-button" class="copy" @click=${() => this.copyMarkdown(a, input.plans.length)}>Copy as Markdown</button>
      </header>
      <p part="copy-status" class="copy-status" role="status">${this.copy.kind === 'copied' ? 'Agenda copied as Markdown.' : this.copy.kind === 'failed' ? 'The browser did not allow copying: select the Markdown below and copy it.' : ''}</p>
      ${this.copy.kind === 'failed'
        ? html`<textarea part="copy-fallback" class="copy-fallback" readonly aria-label="The agenda as Markdown" rows="8" .value=${this.copy.markdown}></textarea>`
        : nothing}
      <div class="sections">${agendaSections(a).map((section) => this.renderSection(section, many))}</div>
    `;
  }

  private renderSection(section: AgendaSection, many: boolean): TemplateResult {
    const id = `section-${section.id}`;
    const count = section.entries.length;
    return html`<section part="section" class="section" data-id=${section.id} aria-labelledby=${id}>
      <h3 id=${id}>${section.title} <span class="count" ?data-some=${count > 0}>${count}</span></h3>
      ${count ? html`<ul>${this.renderEntries(section, many)}</ul>` : html`<p class="nothing">Nothing.</p>`}
    </section>`;
  }

  private renderEntries(section: AgendaSection, many: boolean): TemplateResult[] {
    switch (section.id) {
      case 'blocked':
        return section.entries.map((b) => this.renderBlocked(b, many));
      case 'capacity':
        return section.entries.map((c) => html`<li part="entry" class="entry person"><span class="title">${c.role}</span><span class="meta">${c.steps} step${c.steps === 1 ? '' : 's'}, ${c.items} item${c.items === 1 ? '' : 's'}</span></li>`);
      case 'recognition':
        return section.entries.map((r) => html`<li part="entry" class="entry person"><span class="title">${r.who}</span><span class="meta">${r.done} done</span></li>`);
      default:
        return section.entries.map((e) => this.renderEntry(e, many));
    }
  }

  private renderEntry(e: AgendaEntry, many: boolean): TemplateResult {
    return html`<li part="entry" class="entry" data-kind=${e.kind}>
      <span class="kind">${KIND_WORDS[e.kind]}</span>
      <span class="title">${e.title}</span>
      <span class="meta"
        >${many ? html`<span class="campaign">${e.campaign}</span> · ` : nothing}<time datetime=${e.date}>${this.dates.day(e.date)}</time>${e.owner ? html` · ${e.owner}` : nothing}${e.note
          ? html` · <span class=${e.note.includes('overdue') || e.note.includes('late') || e.note.includes('SLA') ? 'note warn' : 'note'}>${this.dates.sentence(e.note)}</span>`
          : nothing}</span
      >
    </li>`;
  }

  private renderBlocked(b: BlockedEntry, many: boolean): TemplateResult {
    const [owner, due] = blockedFlags(b);
    return html`<li part="entry" class="entry blocked" data-severity=${b.severity}>
      <span class="kind severity">${b.severity}</span>
      <span class="title">${b.title}</span>
      <span class="meta"
        >${many ? html`<span class="campaign">${b.campaign}</span> · ` : nothing}<span part=${b.missingOwner ? 'flag' : ''} class=${b.missingOwner ? 'flag' : ''}>${owner}</span> ·
        <span part=${b.missingDue || b.overdue ? 'flag' : ''} class=${b.missingDue || b.overdue ? 'flag' : ''}
          >${this.dates.sentence(due ?? '')}</span
        ></span
      >
    </li>`;
  }

  private async copyMarkdown(a: Agenda, planCount: number): Promise<void> {
    const markdown = agendaMarkdown(a, planCount);
    // Cleared first, so a second copy is announced again.
    this.copy = { kind: 'idle' };
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(markdown);
      this.copy = { kind: 'copied' };
      this.emit('preflight-copy', { markdown }, { cancelable: false });
    } catch {
      this.copy = { kind: 'failed', markdown };
    }
  }
}
