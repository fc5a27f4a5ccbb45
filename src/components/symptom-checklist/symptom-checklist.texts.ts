import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-symptom-checklist>` (namespace `checklist`). A page replaces one with
 * `data-i18n-<kebab-key>` on the element or `registerTranslation('nl', { 'checklist.<key>': '…' })`.
 */
export const texts: BuiltInTexts<
  'legend' | 'redFlagsLegend' | 'count' | 'urgentPrefix' | 'urgentTitle' | 'urgent' | 'reset' | 'cleared'
> = {
  en: {
    legend: 'Which complaints do you recognise?',
    redFlagsLegend: 'Warning signs',
    count: 'You recognise {count} of the {total} complaints.',
    urgentPrefix: 'Urgent advice:',
    urgentTitle: 'You ticked a warning sign',
    urgent: 'Contact your GP (family doctor) before you go on.',
    reset: 'Clear my ticks',
    cleared: 'All ticks are cleared.',
  },
  nl: {
    legend: 'Welke klachten herken je?',
    redFlagsLegend: 'Waarschuwingssignalen',
    count: 'Je herkent {count} van de {total} klachten.',
    urgentPrefix: 'Dringend advies:',
    urgentTitle: 'Je vinkte een waarschuwingssignaal aan',
    urgent: 'Neem eerst contact op met je huisarts.',
    reset: 'Wis mijn vinkjes',
    cleared: 'Alle vinkjes zijn gewist.',
  },
};
