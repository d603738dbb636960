// Finds the system Chromium for tests, installing Debian's package when we are root with apt-get.
import { findSystemBrowser, printFound } from './system-browser.mjs';

/** Flags a headless Chromium needs on a machine with a closed network. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export function findChromium({ install = true } = {}) {
  return findSystemBrowser({
    name: 'Chromium',
    envVar: 'CHROME_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'],
    aptPackage: 'chromium',
    howToInstall:
      'The browser tests need a system Chromium:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Fedora:        sudo dnf install chromium\n' +
      '  macOS:         brew install --cask chromium',
    install,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) printFound(findChromium);
