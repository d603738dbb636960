// Finds the system Firefox for the extension's Firefox tests, installing Debian's firefox-esr when we are root with apt-get.
import { execFileSync } from 'node:child_process';
import { findSystemBrowser, printFound } from './system-browser.mjs';

/** The extension's manifest asks for this Firefox at least (browser_specific_settings.gecko.strict_min_version). */
export const FIREFOX_MIN_VERSION = 142;

const HOW_TO_INSTALL =
  `The extension's Firefox tests need Firefox ${FIREFOX_MIN_VERSION} or newer:\n` +
  '  Debian:        sudo apt-get install firefox-esr\n' +
  '  Ubuntu:        sudo apt-get install firefox\n' +
  '  Fedora:        sudo dnf install firefox\n' +
  '  macOS:         brew install --cask firefox';

export function findFirefox({ install = true } = {}) {
  const path = findSystemBrowser({
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/opt/firefox/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    aptPackage: 'firefox-esr',
    howToInstall: HOW_TO_INSTALL,
    install,
  });
  // "Mozilla Firefox 153.7.0esr"
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0];
  const major = Number(/(\d+)\.\d+/.exec(version)?.[1]);
  if (!(major >= FIREFOX_MIN_VERSION)) throw new Error(`${path} is ${version || 'of an unknown version'}. ${HOW_TO_INSTALL}\nor set FIREFOX_PATH to its binary.`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) printFound(findFirefox);
