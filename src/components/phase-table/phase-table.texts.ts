import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-phase-table>` (namespace `phases`). Replace one per element with
 * `data-i18n-current="…"`, or for the whole page with `registerTranslation('nl', { 'phases.current': '…' })`.
 */
export const texts: BuiltInTexts<'current'> = {
  en: { current: 'Current phase' },
  nl: { current: 'Huidige fase' },
};
