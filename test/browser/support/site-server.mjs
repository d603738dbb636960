// A web-test-runner plugin that serves the built site (packages/workspace/dist) from a
// second origin (127.0.0.1, while the tests run on localhost) and reads what its frames show.
import { serveStatic } from '../../../scripts/serve.mjs';

const SITE = 'packages/workspace/dist';
/** The drop-in folder as the build writes it: what the README says to copy to another server. */
const DROPIN = 'packages/components/dist/dropin';

/** Every text a frame shows, through shadow roots, plus the embed page's state. */
function readEmbed() {
  const texts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  const root = document.getElementById('embed');
  return {
    state: root?.dataset.state ?? '',
    theme: document.documentElement.dataset.theme ?? '',
    text: texts.join(' ').replace(/\s+/g, ' ').trim(),
    /** How high the page's content is: what the frame must hold without a scroll bar. */
    height: document.documentElement.scrollHeight,
    /** The page's own background (transparent in a frame) and its text colour. */
    background: getComputedStyle(document.documentElement).backgroundColor,
    color: getComputedStyle(document.body).color,
  };
}

export function siteServerPlugin() {
  let serving;
  let dropin;
  const fixtures = new Map();
  const routes = (url) => {
    const fixture = fixtures.get(url.pathname);
    if (!fixture) return undefined;
    const headers = { 'content-type': 'application/json', ...(fixture.cors ? { 'access-control-allow-origin': '*' } : {}) };
    return { status: fixture.status ?? 200, headers, body: fixture.body };
  };
  const page = (session) => session.browser.getPage(session.id);
  // The newest frame at exactly this URL (the hash included).
  const frameAt = (session, url) => page(session).frames().findLast((f) => f.url() === url);

  return {
    name: 'site-server',
    async serverStop() {
      (await serving)?.server.close();
      (await dropin)?.server.close();
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'site-server') {
        serving ??= serveStatic(SITE, { host: '127.0.0.1', routes });
        const { port } = await serving;
        return { origin: `http://127.0.0.1:${port}` };
      }
      if (command === 'dropin-server') {
        dropin ??= serveStatic(DROPIN, { host: '127.0.0.1' });
        const { port } = await dropin;
        return { origin: `http://127.0.0.1:${port}` };
      }
      if (command === 'site-fixture') {
        fixtures.set(payload.path, payload);
        return true;
      }
      if (command === 'site-frame') {
        // Waits for the frame at `payload.url` to settle (ready or error), then reads it.
        const deadline = 200;
        for (let i = 0; i < deadline; i++) {
          const frame = frameAt(session, payload.url);
          if (frame) {
            try {
              const seen = await frame.evaluate(readEmbed);
              const settled = seen.state === 'error' || (seen.state === 'ready' && !/Loading/.test(seen.text));
              if (settled) return seen;
            } catch {
              // The frame is navigating: look again.
            }
          }
          await new Promise((r) => setTimeout(r, 50));
        }
        const frame = frameAt(session, payload.url);
        return frame ? { ...(await frame.evaluate(readEmbed)), timedOut: true } : { state: 'no frame', text: '', timedOut: true };
      }
      if (command === 'site-page') {
        // Opens `payload.url` on its own, as a tab (not in a frame), in `payload.scheme`, and reads it once settled.
        const tab = await page(session).browser().newPage();
        try {
          await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: payload.scheme ?? 'light' }]);
          await tab.goto(payload.url);
          await tab.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('embed')?.dataset.state ?? ''));
          return await tab.evaluate(readEmbed);
        } finally {
          await tab.close();
        }
      }
      if (command === 'site-frame-eval') {
        const frame = frameAt(session, payload.url);
        if (!frame) throw new Error(`no frame at ${payload.url}`);
        return frame.evaluate(payload.script);
      }
      return undefined;
    },
  };
}
