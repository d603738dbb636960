import { directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import { getCommittedValue, getDirectiveClass } from 'lit/directive-helpers.js';
import { virtualize as litVirtualize } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { cardHeight, CARDS } from './blocker-log.styles.js';

type VirtualizeClass = ReturnType<typeof litVirtualize> extends DirectiveResult<infer C> ? C : never;
const VirtualizeDirective = getDirectiveClass(litVirtualize({})) as VirtualizeClass;

/**
 * The virtualizer's `virtualize` directive, less a leak that makes every scroll frame dearer than
 * the one before (a 10,000-row log scrolled end to end ended in frames of 100 ms and more):
 * lit-html 3.3's `removePart` leaves each removed row's end marker, an empty comment, in the rows'
 * scroller (lit/lit#5298), and the virtualizer walks the scroller's children once per row on every
 * frame. Those markers are swept after each change of the range. What is rendered, and how, is the
 * virtualizer's own. (Its ResizeObserver also keeps every row it rendered, lit/lit#5363; letting
 * them go changes how it corrects the scroll position, so they stay.)
 */
class LeakFreeVirtualize extends VirtualizeDirective {
  private container: ChildPart | undefined;

  override update(part: ChildPart, args: Parameters<InstanceType<VirtualizeClass>['update']>[1]): unknown {
    this.container = part;
    return super.update(part, args);
  }

  /** The virtualizer re-renders its rows through here when the range changes. */
  override setValue(value: unknown): void {
    super.setValue(value);
    this.sweep();
  }

  private rowParts(): ChildPart[] {
    const rows: unknown = this.container && getCommittedValue(this.container);
    return Array.isArray(rows) ? (rows as ChildPart[]) : [];
  }

  private sweep(): void {
    const container = this.container;
    if (!container) return;
    const rows = this.rowParts();
    const markers = new Set<Node>();
    for (const row of rows) {
      markers.add(row.startNode!);
      if (row.endNode) markers.add(row.endNode);
    }
    for (let node = container.startNode?.nextSibling ?? null; node && node !== container.endNode; ) {
      const next = node.nextSibling;
      if (node.nodeType === Node.COMMENT_NODE && (node as Comment).data === '' && !markers.has(node)) node.remove();
      node = next;
    }
  }
}

/** `virtualize` from @lit-labs/virtualizer, with its rows' end markers swept (see LeakFreeVirtualize). */
export const virtualize = directive(LeakFreeVirtualize) as typeof litVirtualize;

/** Px of rows the virtualizer keeps beyond each edge of the viewport once the first rows are painted (see LogLayout). */
export const OVERHANG = 400;

/**
 * The virtualizer's flow layout, tuned for rows of one fixed height:
 * - it keeps rows 1000 px beyond each edge of the viewport (over 50 rows in a 24rem log); about a
 *   viewport more on each side (OVERHANG) is enough for keyboard paging and wheel scrolling, and
 *   halves the rows laid out on every scroll frame. The first paint draws only the rows in the
 *   viewport (`overhang` 0): a row costs far more to style and lay out than it costs to render, so
 *   the rows beyond the edges come in the frame after (see the log's widenAfterPaint);
 * - it guesses 100 px per row until it has measured some; starting from the default row height
 *   (2.75rem) saves the second layout pass and the jump in scroll height after the first paint.
 */
export class LogLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 0;
    this._itemSize = { ...this._itemSize, height: 44 };
  }

  /** Px of rows kept beyond each edge of the viewport (a config key: set again on every update, a change re-lays the rows out). */
  set overhang(px: number) {
    if (px === this._overhang) return;
    this._overhang = px;
    this._triggerReflow();
  }

  /** The height to guess until rows are measured: a card's, in a log too narrow for the table. */
  set rowHeight(height: number) {
    this._itemSize = { ...this._itemSize, height };
  }
}

/** A row's height in a log this many px wide, before any is measured: the table's 2.75rem, or a card's (see the styles' CARDS). */
export function guessRowHeight(width: number, remPx: number): number {
  const widthRem = width / remPx;
  if (widthRem >= CARDS.table || widthRem <= 0) return 44;
  return cardHeight(widthRem < CARDS.narrow ? CARDS.lines.narrow : CARDS.lines.wide);
}
