// Builds @preflight/components as published: dist/ gets a module and a declaration file per source
// module (dist/define/<tag>.js registers the element, and its .d.ts carries the HTMLElementTagNameMap
// entry), with lit, @preflight/core and the other dependencies left as imports for the user's
// bundler to share. Tests and stories are not part of it; the drop-in,
// which build-dropin.mjs writes under dist/ too, is left as it is.
import { emitLibrary } from './emit-library.mjs';

export function buildComponentsDist() {
  const ok = emitLibrary({ project: 'packages/components/tsconfig.build.json', src: 'packages/components/src', dist: 'packages/components/dist', keep: ['dropin/'] });
  if (!ok) console.warn('components: the library was emitted with type errors (above)');
}

if (import.meta.url === `file://${process.argv[1]}`) buildComponentsDist();
