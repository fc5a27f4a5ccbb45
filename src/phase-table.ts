// Registers <clinic-phase-table> (skipped when the name is already defined) and exports its class.
import { ClinicPhaseTable } from './components/phase-table/phase-table.js';
import { defineElement } from './internal/define.js';

defineElement('clinic-phase-table', ClinicPhaseTable);

export * from './components/phase-table/phase-table.js';
