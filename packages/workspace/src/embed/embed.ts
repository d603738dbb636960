// The embed page: one widget, configured entirely by the URL hash.
import '@preflight/components/define/all';
import { startEmbed } from './page.js';

void startEmbed(document.getElementById('embed')!);
