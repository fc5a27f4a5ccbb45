import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-faq>`. A page replaces one with `data-i18n-<key>` on the element
 * (`data-i18n-open-all="Toon alle antwoorden"`) or with `registerTranslation('nl', { 'faq.openAll': … })`.
 */
export type FaqTextKey = 'openAll' | 'closeAll' | 'search' | 'total' | 'matches' | 'noMatches';

export const texts: BuiltInTexts<FaqTextKey> = {
  en: {
    openAll: 'Open all',
    closeAll: 'Close all',
    search: 'Search the questions',
    total: { one: '{count} question', other: '{count} questions' },
    matches: { one: '{count} of {total} questions matches', other: '{count} of {total} questions match' },
    noMatches: 'No question matches',
  },
  nl: {
    openAll: 'Alles openen',
    closeAll: 'Alles sluiten',
    search: 'Zoek in de vragen',
    total: { one: '{count} vraag', other: '{count} vragen' },
    matches: { one: '{count} van {total} vragen past', other: '{count} van {total} vragen passen' },
    noMatches: 'Geen vraag gevonden',
  },
};
