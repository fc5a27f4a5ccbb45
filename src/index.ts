// The package root: registers all five widgets and exports their classes and the language API.
// `import 'clinic-elements'` in an app, or the drop-in file `dist/clinic-elements.min.js` on a CMS page.
import './faq.js';
import './symptom-checklist.js';
import './phase-table.js';
import './location-picker.js';
import './contact-form.js';

export * from './classes.js';
