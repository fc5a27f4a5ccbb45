// Registers <clinic-location-picker> and <clinic-location> (skipped when the name is already defined) and exports its class.
import { ClinicLocationPicker } from './components/location-picker/location-picker.js';
import { ClinicLocation } from './components/location-picker/location.js';
import { defineElement } from './internal/define.js';

defineElement('clinic-location', ClinicLocation);
defineElement('clinic-location-picker', ClinicLocationPicker);

export * from './components/location-picker/location-picker.js';
export * from './components/location-picker/location.js';
