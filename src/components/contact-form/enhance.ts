import { readableText } from '../../internal/text.js';
import type { Field, FormModel } from './read-contact-form.js';

/** The form's own send buttons. */
export const SUBMIT = 'button:not([type]),button[type=submit]';

/**
 * The honeypot's look: out of sight and out of the layout, but not `display: none`, which bots look
 * for. Set on the honeypot after the upgrade, and written into the pre-upgrade stylesheet (by
 * contact-form.pre-upgrade.styles.ts) for the time before it.
 */
export const offScreen = { position: 'absolute', left: '-10000px', width: '1px', height: '1px', overflow: 'hidden' } as const;

/** The class of the inline error message before a field (styled by contact-form.light-dom.styles.ts). */
export const ERROR_MESSAGE_CLASS = 'clinic-contact-form-error';

/**
 * Creates an element of the widget's own for the author's form, marked `data-clinic-mark="<kind>"`
 * (`star`, `error`), so that label texts leave it out.
 */
function createMarkedElement<Tag extends keyof HTMLElementTagNameMap>(tagName: Tag, kind: string, properties: Partial<HTMLElementTagNameMap[Tag]>): HTMLElementTagNameMap[Tag] {
  const element: HTMLElement = Object.assign(document.createElement(tagName), properties);
  element.dataset.clinicMark = kind;
  return element as HTMLElementTagNameMap[Tag];
}

/**
 * The widget's few writes to the author's form (run inside `LightDomController.quietly`): browser
 * bubbles off (the widget reports errors itself), an `id` on every field (for the summary's links),
 * a hidden `*` on required labels that lack one, and the honeypot out of sight and reach.
 */
export function enhanceForm({ form, fields, honeypot }: FormModel, idPrefix: string): void {
  form.noValidate = true;
  for (const { control, name, rules, labelNode } of fields) {
    control.id ||= `${idPrefix}-${name}`;
    // Not invalid until the widget says so: Chromium calls a required checkbox or a half-typed
    // e-mail invalid while the page shows no error.
    control.ariaInvalid ||= 'false';
    const lacksStar = rules.required && labelNode && !readableText(labelNode).includes('*');
    if (lacksStar) labelNode.append(createMarkedElement('span', 'star', { textContent: ' *', ariaHidden: 'true' }));
  }
  for (const trap of honeypot) {
    const box = (trap.closest('[data-honeypot]') ?? trap) as HTMLElement;
    box.ariaHidden = 'true';
    // Set on the element itself (through the CSSOM, which a Content-Security-Policy allows), so no
    // page rule can bring it back into view.
    Object.assign(box.style, offScreen);
    trap.tabIndex = -1;
    (trap as HTMLInputElement).autocomplete = 'off';
  }
}

/** The name of the widget's own honeypot field: no author names a field of theirs like this. */
export const OWN_HONEYPOT_NAME = 'clinic-contact-form-comment';

/**
 * Spam protection for a form an editor pasted without one: when no field is marked `data-honeypot`,
 * the widget adds its own (a `<textarea>` named `clinic-contact-form-comment` in a `data-honeypot`
 * label, which `enhanceForm` keeps out of sight and reach and the widget never sends or keeps in a
 * draft). A textarea, not an input: a second text input would stop Enter from sending a form that
 * has one field and no button.
 * It goes again when `wanted` is false (`no-honeypot`) or the author marks a honeypot of their own.
 * Light DOM: run inside `quietly`.
 */
export function placeOwnHoneypot(form: HTMLFormElement, { wanted, label }: { wanted: boolean; label: string }): void {
  const own = form.querySelector('[data-clinic-mark="honeypot"]');
  const authors = form.querySelector('[data-honeypot]:not([data-clinic-mark="honeypot"])');
  if (!wanted || authors) {
    own?.remove();
    return;
  }
  if (own) return;
  const trap = Object.assign(document.createElement('textarea'), { name: OWN_HONEYPOT_NAME, rows: 1 });
  const box = createMarkedElement('label', 'honeypot', { textContent: `${label} ` });
  box.dataset.honeypot = '';
  box.append(trap);
  form.append(box);
}

/**
 * The GOV.UK inline message: shows (or, with no message, removes) a field's message before the
 * field (before a label wrapping it, or after a group's legend), tied to it with `aria-describedby`
 * and `aria-invalid="true"` (`"false"` without a message). Light DOM: run inside `quietly`.
 */
export function markField({ control, labelNode }: Field, message?: string): void {
  const id = `${control.id}-error`;
  const describedBy = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((one) => one !== '' && one !== id);
  // The message is made anew each time.
  document.getElementById(id)?.remove();
  if (message) {
    const note = createMarkedElement('div', 'error', { id, className: ERROR_MESSAGE_CLASS, textContent: message });
    if (labelNode?.localName === 'legend') labelNode.after(note);
    else (control.closest('label') ?? control).before(note);
    describedBy.unshift(id);
  }
  control.ariaInvalid = message ? 'true' : 'false';
  if (describedBy.length > 0) control.setAttribute('aria-describedby', describedBy.join(' '));
  else control.removeAttribute('aria-describedby');
}

/**
 * While a message is on its way, the form's send buttons say so ("Versturen…") and are busy and
 * disabled for assistive technology (not `disabled`: they keep focus). `restore` gives them back
 * their own content. Light DOM: run both inside `quietly`.
 */
export function showSending(form: HTMLFormElement, sendingText: string): { restore: () => void } {
  const buttons = [...form.querySelectorAll<HTMLButtonElement>(SUBMIT)];
  const ownContent = buttons.map((button) => [...button.childNodes]);
  for (const button of buttons) {
    button.ariaBusy = 'true';
    button.ariaDisabled = 'true';
    button.replaceChildren(sendingText);
  }
  const restore = () =>
    buttons.forEach((button, index) => {
      button.ariaBusy = null;
      button.ariaDisabled = null;
      button.replaceChildren(...ownContent[index]);
    });
  return { restore };
}
