import { describeDemoPage } from './demo-page.js';

// The built drop-in file (`npm test` builds before the browser tests), minified templates and all:
// what a CMS page loads with one <script type="module">.
describeDemoPage('the drop-in file dist/clinic-elements.min.js', () => import(/* @vite-ignore */ `${'/dist/clinic-elements.min.js'}`));
