declare global {
  /**
   * Set by the build (content-build.ts): true in the bench and test build only, so a release's
   * page scripts neither make a probe nor carry its code.
   */
  const PREFLIGHT_BENCH_PROBE: boolean;
}

/**
 * Timing for `npm run bench`, in the test build only (the release build leaves this class out).
 * Figures go to the page's performance timeline as user-timing measures, which the bench reads
 * from the page. It is on in every page of that build without looking at the page: a lookup in
 * the page's DOM cost more than a millisecond of the main thread the bench measures.
 *
 * Spans are kept in memory and written as measures in a task after the panel is drawn, so the
 * writing does not add to the load it measures.
 */
/** The name of the measure each timed task leaves: in a build's files only when it carries the probe. */
export const TASK_MEASURE = 'preflight:task';

/** The step that ends a page's load: the panel drawn (the badge was set by the check before it). */
export const LOAD_END = 'preflight:render';

export class BenchProbe {
  private readonly spans: { name: string; start: number; end: number }[] = [];

  /** Times one synchronous task of the page script (or, named, one phase of a task). */
  time<T>(task: () => T, name = TASK_MEASURE): T {
    const start = performance.now();
    try {
      return task();
    } finally {
      this.spans.push({ name, start, end: performance.now() });
      // Drawing the panel ends a page's load.
      if (name === LOAD_END) setTimeout(() => this.flush());
    }
  }

  batch(ms: number): void {
    const end = performance.now();
    performance.measure('preflight:batch', { start: end - ms, end });
  }

  private flush(): void {
    for (const { name, start, end } of this.spans.splice(0)) performance.measure(name, { start, end });
  }
}
