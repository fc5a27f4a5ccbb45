import { readableText } from '../../internal/text.js';
import type { Rules } from './validators.js';

/** Anything a form counts among its `elements` that has a value: inputs, selects, textareas, form-associated elements. */
export type Control = HTMLElement & { name: string; value: string; type?: string; checked?: boolean; disabled?: boolean; form?: HTMLFormElement | null };

/** One named field; radios (and same-named checkboxes) share a field. */
export interface Field {
  name: string;
  /** The control that gets focus, `aria-invalid` and the message (the first of a group). */
  control: Control;
  controls: Control[];
  /** Its label as a person reads it, without `*`. */
  label: string;
  rules: Rules;
}

export interface FormModel {
  form: HTMLFormElement;
  fields: Field[];
  honeypot: Control[];
  hasLegend: boolean;
  /** Problems with the author's form, in plain words, one warning each. */
  problems: string[];
}

/** The honeypot: a field marked `data-honeypot`, or any field inside an element so marked. */
export const isHoneypot = (control: Element) => !!control.closest('[data-honeypot]');

/** The text of a label without the controls inside it, our own marks and the `*`. */
export function labelText(label: Element | null | undefined): string {
  const copy = label?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('input,select,textarea,button,[data-clinic-mark],[aria-hidden=true]').forEach((node) => node.remove());
  return readableText(copy).replace(/^\* *| *\*$/g, '');
}

function labelOf(control: Control): string {
  const group = control.type === 'radio' || !('labels' in control) ? control.closest('fieldset')?.querySelector('legend') : null;
  const label = (control as HTMLInputElement).labels?.[0] ?? (control.id && document.querySelector(`label[for="${control.id}"]`));
  return labelText(group) || labelText(label || null) || (control.getAttribute('aria-label') || control.getAttribute('label') || '').trim();
}

function rulesOf(control: Control): Rules {
  const type = control.type?.toLowerCase();
  const auto = control.getAttribute('autocomplete')?.toLowerCase() ?? '';
  const number = (name: string) => {
    const value = control.getAttribute(name);
    return value && +value >= 0 ? +value : undefined;
  };
  return {
    kind:
      type === 'checkbox' ? 'check'
      : type === 'radio' || !/^(input|textarea)$/.test(control.localName) ? 'choice'
      : type === 'email' || /\bemail$/.test(auto) ? 'email'
      : type === 'tel' || /\btel$/.test(auto) ? 'tel'
      : control.hasAttribute('data-postcode') || /postal-code$/.test(auto) || /^(post(al)?[-_ ]?code|zip(code)?)$/i.test(control.name) ? 'postcode'
      : 'text',
    required: control.hasAttribute('required'),
    minLength: number('minlength'),
    maxLength: number('maxlength'),
    pattern: control.getAttribute('pattern') ?? undefined,
  };
}

/** True when the element's own text says what `*` means (`"*" geeft vereiste velden aan`, `* required`). */
const isLegend = (element: Element) => element.hasAttribute('data-required-legend') || /^["“”'‘’]?\*["“”'‘’]?\s+\S/.test(readableText(element));

/** Reads the author's form: its named fields with labels and rules, the honeypot and what is missing. */
export function readForm(form: HTMLFormElement): FormModel {
  const fields = new Map<string, Field>();
  const honeypot: Control[] = [];
  const problems: string[] = [];
  let hasSubmit = false;
  for (const element of form.elements as unknown as Control[]) {
    const type = element.type?.toLowerCase();
    if (type === 'submit' || type === 'image') hasSubmit = true;
    if (/^(submit|button|reset|image|hidden|file|fieldset|output|object)$/.test(type!) || element.disabled) continue;
    if (isHoneypot(element)) {
      honeypot.push(element);
      continue;
    }
    const label = labelOf(element);
    if (!element.name) {
      problems.push(`field "${label || '?'}" has no name, so it is not sent.`);
      continue;
    }
    const field = fields.get(element.name);
    if (field) {
      field.controls.push(element);
      continue;
    }
    if (!label) problems.push(`field "${element.name}" has no label.`);
    fields.set(element.name, { name: element.name, control: element, controls: [element], label: label || element.name, rules: rulesOf(element) });
  }
  if (!hasSubmit) problems.push('its <form> has no submit button; add one.');
  return {
    form,
    fields: [...fields.values()],
    honeypot,
    hasLegend: [...form.querySelectorAll('p,legend,div,span,small')].some(isLegend),
    problems,
  };
}

/** The value of a field as its validators see it: a checkbox or radio group gives its checked values. */
export function valueOf(field: Field): string {
  const { control, controls } = field;
  if (/^(checkbox|radio)$/.test(control.type ?? '')) return controls.filter((c) => c.checked).map((c) => c.value).join(',');
  return String(control.value ?? '');
}
