import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RowDrawingOptions {
  /** A row's usual height in CSS pixels: the first render draws as many rows as the window's height holds. */
  rowHeight: number;
  /** The last row drawn: while its top is still inside the window, the first render draws more before it is painted. */
  lastRow(): Element | null | undefined;
  /** Rows drawn by each later step (one per frame, after the frame is painted). */
  chunk: number;
}

/**
 * Draws a long list's rows a screenful first and the rest in later tasks, one chunk a frame, each
 * after a paint, until every row is in the DOM (where find in page, Tab and screen readers reach
 * them, as before). The first paint shows every row inside the window: before it, the rows drawn
 * are measured and more are drawn while the last one still starts inside the window. A list that
 * fits a screenful is drawn whole in its first render, as always.
 *
 * `count(key, total)` in the host's render says how many rows to draw now; a new `key` (another plan)
 * starts again with a screenful, while the same key keeps every row drawn so far. `drawThrough(n)` and
 * `drawAll()` draw rows at once, for the keyboard or a link going to a row not drawn yet.
 */
export class RowDrawing implements ReactiveController {
  /** Rows to draw; Infinity once every row of this key has been drawn. */
  private limit = 0;
  private key: unknown = RowDrawing;
  /** Until the first paint of a key: the rows drawn must reach the bottom of the window. */
  private filling = false;
  private total = 0;
  /** Cancels the chunk waiting for its turn. */
  private cancel: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowDrawingOptions,
  ) {
    host.addController(this);
  }

  /** How many of `total` rows of `key` to draw in this render (at least `atLeast`: the row holding the focus). */
  count(key: unknown, total: number, atLeast = 0): number {
    if (key !== this.key) {
      this.key = key;
      this.limit = Math.ceil((globalThis.innerHeight || 1000) / this.options.rowHeight);
      this.filling = true;
    }
    this.limit = Math.max(this.limit, atLeast);
    this.total = total;
    if (this.limit >= total) this.limit = Infinity;
    return Math.min(total, this.limit);
  }

  /** Whether every row is drawn. */
  get complete(): boolean {
    return this.limit >= this.total;
  }

  /** Draws the rows up to `count` now (the rest keep coming), and resolves once they are in the DOM. */
  async drawThrough(count: number): Promise<void> {
    if (count > this.limit) {
      this.limit = count;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
  }

  /** Draws every row now. */
  drawAll(): Promise<void> {
    return this.drawThrough(Infinity);
  }

  /** For the list's `@focusin`: focus reaching the list draws every row, so Tab from any row goes through them all. */
  readonly drawAllOnFocus = (): void => {
    if (!this.complete) void this.drawAll();
  };

  hostConnected(): void {
    if (!this.complete) this.schedule();
  }

  hostUpdated(): void {
    if (this.complete) return;
    if (this.filling && this.reachesWindow()) {
      this.limit += this.options.chunk;
      this.host.requestUpdate();
      return;
    }
    this.filling = false;
    this.schedule();
  }

  /** Whether the last row drawn starts inside the window (or above it), so the next ones would show. */
  private reachesWindow(): boolean {
    const rect = this.options.lastRow()?.getBoundingClientRect();
    // Not laid out (hidden, or not yet in a page): nothing is on screen to fill.
    return !!rect && rect.height > 0 && rect.top < globalThis.innerHeight;
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  /**
   * The next chunk: after the next paint (never before the rows on screen are shown), in a task of
   * background priority where the browser has them, so the page's own tasks after that paint come first.
   */
  private schedule(): void {
    if (this.cancel) return;
    const frame = requestAnimationFrame(() => {
      this.cancel = lowPriorityTask(() => {
        this.cancel = undefined;
        if (this.complete) return;
        this.limit += this.options.chunk;
        this.host.requestUpdate();
      });
    });
    this.cancel = () => cancelAnimationFrame(frame);
  }
}

interface Scheduler {
  postTask(task: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

/** Runs `task` in a task of its own, after the page's pending ones where the browser can say so; returns a cancel. */
function lowPriorityTask(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(task, { priority: 'background', signal: abort.signal }).catch(() => {});
    return () => abort.abort();
  }
  const timer = setTimeout(task);
  return () => clearTimeout(timer);
}
