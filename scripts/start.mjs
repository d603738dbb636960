// `npm start`: builds the core, the widgets, the demo workspace with the embed page and the
// extension, then serves the workspace on localhost until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serveStatic } from './serve.mjs';

const SITE = 'packages/components/dist/site';

function step(name, args) {
  console.log(`\n▸ ${name}`);
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}

step('core', ['scripts/build-core.mjs']);
step('widgets, drop-in, workspace and embed page', ['scripts/build-components.mjs']);
// The unpacked builds are what a browser loads; `npm run build` also zips them for the stores.
step('extension (Chrome and Firefox, unpacked)', ['scripts/build-extension.mjs', '--for-tests']);

const preferred = Number(process.env.PORT ?? 4173);
let served;
for (let port = preferred; !served && port < preferred + 20; port++) {
  try {
    served = await serveStatic(SITE, { port, host: '127.0.0.1' });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!served) {
  console.error(`No free port from ${preferred} to ${preferred + 19}: set PORT to another one.`);
  process.exit(1);
}
const { url, server } = served;
console.log(`
Preflight is running.

  Workspace:   ${url}
  Embed page:  ${url}embed.html#widget=checklist&plan=sample-webinar
  Drop-in:     ${url}preflight.js   (packages/components/dist/preflight.js)
  Extension:   ${resolve('packages/extension/.output/chrome-mv3')}
               (Chrome: chrome://extensions → Developer mode → Load unpacked; Firefox build: packages/extension/.output/firefox-mv3)

Press Ctrl+C to stop.`);

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
