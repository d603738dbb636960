import { directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import { getCommittedValue, getDirectiveClass } from 'lit/directive-helpers.js';
import { virtualize as litVirtualize } from '@lit-labs/virtualizer/virtualize.js';

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
