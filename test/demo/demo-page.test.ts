import { describeDemoPage } from './demo-page.js';

describeDemoPage('source modules', () => import('../../src/index.js'));
