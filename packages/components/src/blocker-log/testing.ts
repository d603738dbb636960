/** Test support shared by the blocker log's browser tests. */

/**
 * While the virtualizer corrects its row-size estimate, Chromium defers some ResizeObserver
 * notifications to the next frame and reports that as an error event (a notice, per the Resize
 * Observer spec; nothing is lost). Registers hooks for the enclosing suite that ignore only that message.
 */
export function ignoreResizeObserverNotice(): void {
  const runnerOnError = window.onerror;
  before(() => {
    window.onerror = (message, ...rest) =>
      /^ResizeObserver loop completed with undelivered notifications/.test(String(message)) ? true : (runnerOnError?.call(window, message, ...rest) ?? false);
  });
  after(() => {
    window.onerror = runnerOnError;
  });
}
