import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/background.js';

export default defineBackground({ type: 'module', main: startBackground });
