// Registers <clinic-faq> (skipped when the name is already defined) and exports its class.
import { ClinicFaq } from './components/faq/faq.js';
import { defineElement } from './internal/define.js';

defineElement('clinic-faq', ClinicFaq);

export * from './components/faq/faq.js';
