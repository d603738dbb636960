import { startPopup } from '../../src/popup/popup.js';

void startPopup(document.getElementById('app')!);
