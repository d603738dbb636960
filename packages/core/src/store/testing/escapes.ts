/**
 * Collects every error and unhandled rejection that reaches the page while each test of the
 * calling `describe` runs: the store promises that none ever does.
 */
export function collectEscapes(): unknown[] {
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);
  beforeEach(() => {
    escaped.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return escaped;
}
