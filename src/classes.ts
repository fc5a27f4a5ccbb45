// The classes of every widget, without registering any tag: for sites that choose their own
// tag names or register lazily. `import { ClinicFaq } from 'clinic-elements/classes.js'`.
export * from './components/faq/faq.js';
export * from './components/symptom-checklist/symptom-checklist.js';
export * from './components/phase-table/phase-table.js';
export * from './components/location-picker/location-picker.js';
export * from './components/location-picker/location.js';
export * from './components/contact-form/contact-form.js';
export { registerTranslation } from './internal/i18n.js';
export type { Translation, Translations } from './internal/i18n.js';
