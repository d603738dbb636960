/**
 * Timing for `npm run bench`, on only when the page carries `<meta name="preflight-bench">`
 * (the bench's fixture pages do; real platform pages never). Figures go to the page's
 * performance timeline as user-timing measures, which the bench reads from the page.
 */
export class BenchProbe {
  static fromPage(): BenchProbe | undefined {
    return document.querySelector('meta[name="preflight-bench"]') ? new BenchProbe() : undefined;
  }

  /** Times one synchronous task of the content script (or, named, one phase of a task). */
  time<T>(task: () => T, name = 'preflight:task'): T {
    const start = performance.now();
    try {
      return task();
    } finally {
      performance.measure(name, { start, end: performance.now() });
    }
  }

  batch(ms: number): void {
    const end = performance.now();
    performance.measure('preflight:batch', { start: end - ms, end });
  }
}
