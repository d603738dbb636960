import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../src/hosts/hosts.js';
import { startContent } from '../src/content/start.js';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main: startContent,
});
