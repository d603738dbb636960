// A web-test-runner command that saves a PNG of one element of the page under test, so a reviewer can look at
// what the tests rendered: `executeServerCommand('screenshot', { selector, name })` writes screenshots/<name>.png.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const SCREENSHOTS = resolve('screenshots');

export function screenshotPlugin() {
  return {
    name: 'preflight-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const { selector, name } = payload ?? {};
      if (typeof selector !== 'string' || typeof name !== 'string' || !/^[\w./-]+$/.test(name) || name.includes('..')) {
        throw new Error(`screenshot: a selector and a file name of letters, digits, - _ . / are needed, got ${JSON.stringify(payload)}`);
      }
      const page = session.browser.getPage(session.id);
      const element = await page.$(selector);
      if (!element) throw new Error(`screenshot: nothing matches ${selector}`);
      const path = join(SCREENSHOTS, `${name}.png`);
      mkdirSync(dirname(path), { recursive: true });
      await element.screenshot({ path });
      return path;
    },
  };
}
