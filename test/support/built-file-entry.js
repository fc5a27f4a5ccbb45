// What the tests import in place of src/ when they run on the built drop-in file
// (web-test-runner.built.config.mjs): the drop-in's exports, once it has registered every widget
// (it registers one per task).
export * from '/dist/clinic-elements.min.js';

await Promise.all(
  ['clinic-faq', 'clinic-symptom-checklist', 'clinic-phase-table', 'clinic-location', 'clinic-location-picker', 'clinic-contact-form'].map((tagName) =>
    customElements.whenDefined(tagName),
  ),
);
