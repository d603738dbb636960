// Builds the widgets into packages/components/dist: the package as published (build-components-dist.mjs),
// then the drop-in and custom-elements.json (build-dropin.mjs).
import { buildComponentsDist } from './build-components-dist.mjs';

buildComponentsDist();

// The drop-in bundle and custom-elements.json.
const { buildEmbeddables } = await import('./build-dropin.mjs');
await buildEmbeddables({ forTests: process.argv.includes('--for-tests') });
