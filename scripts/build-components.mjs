// Builds the widgets into packages/components/dist: the package as published (build-components-dist.mjs),
// then the drop-in, custom-elements.json and the site (build-dropin.mjs).
import { buildComponentsDist } from './build-components-dist.mjs';

buildComponentsDist();

// The drop-in bundle, custom-elements.json and the demo workspace with the embed page.
const { buildEmbeddables } = await import('./build-dropin.mjs');
await buildEmbeddables({ forTests: process.argv.includes('--for-tests') });
