import { startOptions } from '../../src/options/options.js';

void startOptions(document.getElementById('app')!);
