/** The extension API inside the service worker, where functions passed to `worker.evaluate` run. */
declare const chrome: typeof import('wxt/browser').browser;
