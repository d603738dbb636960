import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;

let found: Browser | undefined;

/** As wxt/browser chooses it: `browser` where it is the extension's API, else `chrome`. */
function api(): Browser {
  const global = globalThis as { browser?: Browser; chrome?: Browser };
  return (found ??= global.browser?.runtime?.id ? global.browser : global.chrome!);
}

/**
 * The extension's API, found at its first use. wxt/browser finds it while the script is evaluated,
 * by reading `browser.runtime.id`, and the first use of `runtime` in a page's content script world
 * costs about a millisecond of the page's main thread: the page script's set-up, and a page
 * without a campaign, never pay it this way.
 */
export const browser: Browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get(api(), key),
});
