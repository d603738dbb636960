import { readFileSync } from 'node:fs';

/** The package's version, read once from its package.json (bundled or not, it sits one or two folders up). */
export const VERSION: string = (() => {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const meta = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (meta.name === '@preflight/server' && meta.version) return meta.version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
})();
