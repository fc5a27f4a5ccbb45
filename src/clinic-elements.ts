// The drop-in file `dist/clinic-elements.min.js`: one self-contained module (Lit included) for CMS
// pages, registering all five widgets. Unlike the package root, it yields to the browser between
// widgets once a task has spent a slice of time on them (see defineWithoutLongTasks), so a page full
// of widgets never blocks the main thread for long while it upgrades. It exports the classes and the language API like the package root.
import { ClinicContactForm, ClinicFaq, ClinicLocation, ClinicLocationPicker, ClinicPhaseTable, ClinicSymptomChecklist } from './classes.js';
import { defineWithoutLongTasks } from './internal/define.js';

export * from './classes.js';

defineWithoutLongTasks([
  [{ tagName: 'clinic-faq', elementClass: ClinicFaq }],
  [{ tagName: 'clinic-symptom-checklist', elementClass: ClinicSymptomChecklist }],
  [{ tagName: 'clinic-phase-table', elementClass: ClinicPhaseTable }],
  // Branches and their picker in one task: a branch card upgraded inside a picker that is not yet
  // would be painted in between, and move. The branch first: the picker reads its properties.
  [
    { tagName: 'clinic-location', elementClass: ClinicLocation },
    { tagName: 'clinic-location-picker', elementClass: ClinicLocationPicker },
  ],
  [{ tagName: 'clinic-contact-form', elementClass: ClinicContactForm }],
]);
