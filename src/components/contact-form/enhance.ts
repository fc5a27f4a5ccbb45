import { readableText } from '../../internal/text.js';
import type { Field, FormModel } from './read-contact-form.js';

/** The form's own send buttons. */
export const SUBMIT = 'button:not([type]),button[type=submit]';

/** A mark of the widget's own in the author's form (`star`, `error`), left out of label texts. */
const mark = (tag: string, kind: string, props: object) => {
  const node = Object.assign(document.createElement(tag), props);
  node.dataset.clinicMark = kind;
  return node;
};

/**
 * The widget's few writes to the author's form (run inside `LightDomController.quietly`): browser
 * bubbles off (the widget reports errors itself), an `id` on every field (for the summary's links),
 * a hidden `*` on required labels that lack one, and the honeypot out of sight and reach.
 */
export function enhanceForm({ form, fields, honeypot }: FormModel, idPrefix: string): void {
  form.noValidate = true;
  for (const { control, name, rules, labelNode: label } of fields) {
    control.id ||= `${idPrefix}-${name}`;
    // Not invalid until the widget says so: Chromium calls a required checkbox or a half-typed
    // e-mail invalid while the page shows no error.
    control.ariaInvalid ||= 'false';
    if (rules.required && label && !readableText(label).includes('*')) label.append(mark('span', 'star', { textContent: ' *', ariaHidden: 'true' }));
  }
  for (const trap of honeypot) {
    const box = (trap.closest('[data-honeypot]') ?? trap) as HTMLElement;
    box.ariaHidden = 'true';
    // Off-screen rather than display:none, which bots look for.
    box.style.cssText = 'position:absolute;left:-10000px';
    trap.tabIndex = -1;
    (trap as HTMLInputElement).autocomplete = 'off';
  }
}

/**
 * The GOV.UK inline message: shows (or, with no message, removes) a field's message before the
 * field (before a label wrapping it, or after a group's legend), tied to it with `aria-describedby`
 * and `aria-invalid="true"` (`"false"` without a message). Light DOM: run inside `quietly`.
 */
export function markField({ control, labelNode }: Field, message?: string): void {
  const id = `${control.id}-error`;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((one) => one && one !== id);
  document.getElementById(id)?.remove(); // the note is made anew each time
  if (message) {
    // (A string given to `style` becomes its cssText. `--_danger` is the host's danger colour, which
    // its light children inherit: `--clinic-color-danger` or the built-in red.)
    const note = mark('div', 'error', { id, textContent: message, style: 'color:var(--_danger);font-weight:700;margin:.25em 0' });
    if (labelNode?.localName === 'legend') labelNode.after(note);
    else (control.closest('label') ?? control).before(note);
    ids.unshift(id);
  }
  control.ariaInvalid = message ? 'true' : 'false';
  if (ids[0]) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}
