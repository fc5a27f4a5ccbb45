// Registers <clinic-symptom-checklist> (skipped when the name is already defined) and exports its class.
import { ClinicSymptomChecklist } from './components/symptom-checklist/symptom-checklist.js';
import { defineElement } from './internal/define.js';

defineElement('clinic-symptom-checklist', ClinicSymptomChecklist);

export * from './components/symptom-checklist/symptom-checklist.js';
