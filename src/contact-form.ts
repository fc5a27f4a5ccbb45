// Registers <clinic-contact-form> (skipped when the name is already defined) and exports its class.
// The standard form offers a preferred location with <clinic-location-picker>, so that is registered too.
import './location-picker.js';
import { ClinicContactForm } from './components/contact-form/contact-form.js';
import { defineElement } from './internal/define.js';

defineElement('clinic-contact-form', ClinicContactForm);

export * from './components/contact-form/contact-form.js';
