// Baseline for the FAQ case: Lion's accordion, registered as <lion-accordion>.
import { LionAccordion } from '@lion/ui/accordion.js';

if (!customElements.get('lion-accordion')) customElements.define('lion-accordion', LionAccordion);
