import { startPlanPage } from '../../src/plan-page/plan-page.js';

void startPlanPage(document.getElementById('app')!);
