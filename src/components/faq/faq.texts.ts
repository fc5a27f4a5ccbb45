import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-faq>`. A page replaces one with `data-i18n-<key>` on the element
 * (`data-i18n-open-all="Toon alle antwoorden"`) or with `registerTranslation('nl', { 'faq.openAll': … })`.
 */
export type FaqTextKey = 'openAll' | 'closeAll' | 'search' | 'total' | 'matches' | 'noMatches' | 'noResults';

export const texts: BuiltInTexts<FaqTextKey> = {
  en: {
    openAll: 'Open all',
    closeAll: 'Close all',
    search: 'Search the questions',
    total: { one: '{count} question', other: '{count} questions' },
    matches: '{count} of {total} questions',
    noMatches: 'No question matches',
    noResults: 'Is your question not here? Try other words, or contact us: we are happy to answer it.',
  },
  nl: {
    openAll: 'Alles openen',
    closeAll: 'Alles sluiten',
    search: 'Zoek in de vragen',
    total: { one: '{count} vraag', other: '{count} vragen' },
    matches: '{count} van {total} vragen',
    noMatches: 'Geen vraag gevonden',
    noResults: 'Staat je vraag er niet bij? Probeer andere woorden, of neem contact met ons op: we beantwoorden hem graag.',
  },
};
