/**
 * `<clinic-symptom-checklist>` before its script has run: its part of the optional pre-upgrade
 * stylesheet (`dist/clinic-elements.css`), which the build writes from this module's
 * `preUpgradeStyles` (rollup.config.mjs runs it in Node). No widget imports it, so it is never part
 * of a script.
 *
 * The lists already sit where the checkboxes will put them: each checkbox takes the bullet's place
 * in the indent, and the rows are as tall as the widget makes them (the same `itemRules`), so no
 * text moves. What the upgrade removes is the three messages (slot="match", "no-match",
 * "red-flag"): they only show once something is ticked. They are hidden beforehand, so the content
 * after the checklist does not move up, but only when scripting is on: without JavaScript they stay
 * readable as plain text. (An unclosed list puts them in its last item; the script gives them back
 * to the element.) test/components/symptom-checklist/symptom-checklist-upgrade.test.ts checks that
 * nothing moves.
 */
import { unsafeCSS } from 'lit';
import { itemRules } from './symptom-checklist.look.js';

const waiting = 'clinic-symptom-checklist:not(:defined)';
const messages = ":is([slot='match'], [slot='no-match'], [slot='red-flag'])";

const rules = `
${waiting} {
  display: block;
}
${itemRules}
@media (scripting: enabled) {
  ${waiting} > ${messages},
  ${waiting} li > ${messages} {
    display: none;
  }
}
`;

/** The checklist's pre-upgrade rules. */
export const preUpgradeStyles = unsafeCSS(rules);
