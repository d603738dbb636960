declare global {
  /**
   * Set by the build (content-build.ts): true in the test build only, so a release's page scripts
   * neither make a probe nor carry its code.
   */
  const PREFLIGHT_BENCH_PROBE: boolean;
}

/** The measure each mutation batch leaves: in a build's files only when it carries the probe. */
export const BATCH_MEASURE = 'preflight:batch';

/** The mark each read of the page leaves, in a build's files only when it carries the probe. */
export const READ_MARK = 'preflight:read';

/**
 * How long the page script takes over each batch of the host page's mutations, for `npm run bench`,
 * in the test build only (the release build leaves this class out). A batch's handling is spread
 * over a mutation observer's callback and an animation frame's, which a trace does not tie
 * together; the figures go to the page's performance timeline as user-timing measures. The bench
 * times the load itself on the release build, from a trace. Each read of the page leaves a mark,
 * so that tests see a page read once per load: by the read that answers the injection, no call.
 */
export class BenchProbe {
  read(): void {
    performance.mark(READ_MARK);
  }

  batch(ms: number): void {
    const end = performance.now();
    performance.measure(BATCH_MEASURE, { start: end - ms, end });
  }
}
