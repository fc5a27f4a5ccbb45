import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-symptom-checklist>` (namespace `checklist`). A page replaces one with
 * `data-i18n-<kebab-key>` on the element or `registerTranslation('nl', { 'checklist.<key>': '…' })`.
 */
export const texts: BuiltInTexts<
  'legend' | 'redFlagsLegend' | 'count' | 'urgentPrefix' | 'urgentTitle' | 'urgent' | 'reset' | 'cleared'
> = {
  en: {
    legend: 'Your complaints',
    redFlagsLegend: 'Warning signs',
    count: 'You recognise {count} of the {total} complaints.',
    urgentPrefix: 'Urgent:',
    urgentTitle: 'Warning sign ticked',
    urgent: 'Contact your GP first.',
    reset: 'Clear my ticks',
    cleared: 'Ticks cleared.',
  },
  nl: {
    legend: 'Je klachten',
    redFlagsLegend: 'Waarschuwingssignalen',
    count: 'Je herkent {count} van de {total} klachten.',
    urgentPrefix: 'Dringend advies:',
    urgentTitle: 'Waarschuwingssignaal aangevinkt',
    urgent: 'Bel eerst je huisarts.',
    reset: 'Wis mijn vinkjes',
    cleared: 'Vinkjes gewist.',
  },
};
