import { readableText } from '../../internal/text.js';
import type { FormModel } from './read-contact-form.js';

/**
 * The widget's few writes to the author's form (run inside `LightDomController.quietly`): browser
 * bubbles off (the widget reports errors itself), an `id` on every field (for the summary's links),
 * a hidden `*` on required labels that lack one, the honeypot out of sight and reach, and the
 * send button's busy state.
 */
export function enhanceForm({ form, fields, honeypot }: FormModel, idPrefix: string): void {
  form.noValidate = true;
  for (const field of fields) {
    field.control.id ||= `${idPrefix}-${field.name}`;
    const label = (field.control as HTMLInputElement).labels?.[0] ?? field.control.closest('fieldset')?.querySelector('legend');
    if (field.rules.required && label && !readableText(label).includes('*')) {
      const star = document.createElement('span');
      star.setAttribute('aria-hidden', 'true');
      star.setAttribute('data-clinic-mark', 'star');
      star.textContent = ' *';
      label.append(star);
    }
  }
  for (const trap of honeypot) {
    const box = (trap.closest('[data-honeypot]') ?? trap) as HTMLElement;
    box.setAttribute('aria-hidden', 'true');
    // Off-screen rather than display:none, which bots look for.
    box.style.cssText = 'position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden';
    trap.tabIndex = -1;
    trap.setAttribute('autocomplete', 'off');
  }
}

/** Marks the form's send buttons busy, saying `text`; returns how to undo it. */
export function markBusy(form: HTMLFormElement, text: string): () => void {
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button:not([type]), button[type="submit"]')];
  const kept = buttons.map((button) => [...button.childNodes]);
  const flags = (button: HTMLButtonElement, on: boolean) =>
    ['aria-busy', 'aria-disabled'].forEach((name) => (on ? button.setAttribute(name, 'true') : button.removeAttribute(name)));
  buttons.forEach((button) => {
    flags(button, true);
    button.textContent = text;
  });
  return () =>
    buttons.forEach((button, index) => {
      flags(button, false);
      button.replaceChildren(...kept[index]);
    });
}
