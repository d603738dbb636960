export interface SettleOptions {
  /** Quiet time with no relevant mutation before the page counts as settled. */
  quietMs: number;
  /** Longest wait: a page that never stops changing is read anyway. */
  maxMs: number;
  /** Mutations inside this node (our own overlay) do not count. */
  ignore?: () => Node | null;
  /** Called with each batch's handling time in ms (for the bench). */
  onBatch?: (ms: number) => void;
}

/**
 * Waits until the page stops changing. One MutationObserver; its records are handled once per
 * animation frame, and the work per batch is a flag check and a timer reset, so a busy host page
 * pays next to nothing. Resolves false when cancelled (a newer wait, or the page left its campaign).
 */
export class SettleWatcher {
  private observer: MutationObserver;
  private pending = false;
  private relevant = false;
  /** Time spent on the current batch's records so far. */
  private batchMs = 0;
  private quietTimer: number | undefined;
  private capTimer: number | undefined;
  private resolve: ((settled: boolean) => void) | undefined;

  constructor(private readonly options: SettleOptions) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
  }

  /** Starts (or restarts) waiting; a previous wait resolves false. */
  wait(): Promise<boolean> {
    this.cancel();
    return new Promise<boolean>((resolve) => {
      this.resolve = resolve;
      this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
      this.quietTimer = window.setTimeout(() => this.finish(true), this.options.quietMs);
      this.capTimer = window.setTimeout(() => this.finish(true), this.options.maxMs);
    });
  }

  cancel(): void {
    this.finish(false);
  }

  private onRecords(records: MutationRecord[]): void {
    const started = performance.now();
    if (!this.relevant) {
      const ignored = this.options.ignore?.();
      this.relevant = records.some((r) => !ignored || !ignored.contains(r.target));
    }
    if (!this.pending) {
      this.pending = true;
      requestAnimationFrame(() => this.onFrame());
    }
    this.batchMs += performance.now() - started;
  }

  private onFrame(): void {
    const started = performance.now();
    this.pending = false;
    if (this.relevant && this.resolve) {
      this.relevant = false;
      clearTimeout(this.quietTimer);
      this.quietTimer = window.setTimeout(() => this.finish(true), this.options.quietMs);
    }
    this.options.onBatch?.(this.batchMs + performance.now() - started);
    this.batchMs = 0;
  }

  private finish(settled: boolean): void {
    // Nothing to undo before the first wait: the page's first route skips three browser calls.
    if (!this.resolve) return;
    this.observer.disconnect();
    clearTimeout(this.quietTimer);
    clearTimeout(this.capTimer);
    this.pending = false;
    this.relevant = false;
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve(settled);
  }
}
