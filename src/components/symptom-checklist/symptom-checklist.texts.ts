import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-symptom-checklist>` (namespace `checklist`). A page replaces one with
 * `data-i18n-<kebab-key>` on the element or `registerTranslation('nl', { 'checklist.<key>': '…' })`.
 * A text given as `{ one, other }` is chosen by the number of complaints (`{total}`): its noun is theirs.
 */
export const texts: BuiltInTexts<
  'legend' | 'redFlagsLegend' | 'count' | 'urgentPrefix' | 'urgentTitle' | 'urgent' | 'reset' | 'cleared'
> = {
  en: {
    legend: 'Your complaints',
    redFlagsLegend: 'Warning signs',
    count: { one: 'You recognise {count} of the {total} complaint.', other: 'You recognise {count} of the {total} complaints.' },
    urgentPrefix: 'Urgent:',
    urgentTitle: 'Warning sign ticked',
    urgent: 'Contact your GP first.',
    reset: 'Clear my ticks',
    cleared: 'Ticks cleared.',
  },
  nl: {
    legend: 'Je klachten',
    redFlagsLegend: 'Waarschuwingssignalen',
    count: { one: 'Je herkent {count} van de {total} klacht.', other: 'Je herkent {count} van de {total} klachten.' },
    urgentPrefix: 'Dringend advies:',
    urgentTitle: 'Waarschuwingssignaal aangevinkt',
    urgent: 'Bel eerst je huisarts.',
    reset: 'Wis mijn vinkjes',
    cleared: 'Vinkjes gewist.',
  },
};
