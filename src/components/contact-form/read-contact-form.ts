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
  /** Its label as a person reads it, without `*` ('' for a custom control without one: it speaks for itself). */
  label: string;
  /** The element that labels it (its `<label>`, or a group's `<legend>`): where a missing `*` goes. */
  labelNode?: Element | null;
  rules: Rules;
  /**
   * The visitor's own name or e-mail address (`autocomplete="name"`, `"email"`) or their message (a
   * field named `message`, as in the standard form): messages call these "je naam", "je
   * e-mailadres", "je bericht" ("Vul je naam in"), whatever their label.
   */
  asksFor?: 'name' | 'email' | 'message';
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
  // Copied into a document of its own, without a window: a copy in the page would load its images and run their handlers again.
  const copy = label && new Document().importNode(label, true);
  // (Inputs have no text; our own mark in a label is its last `*`, which goes below.)
  copy?.querySelectorAll('select,textarea,button,[aria-hidden=true]').forEach((node) => node.remove());
  return readableText(copy).replace(/^\* *| *\*$/g, '');
}

/** The element labelling a control: a radio group's (or a custom control's) `<legend>`, else its `<label>` (found by `for` too). */
function labelNodeOf(control: Control): Element | null {
  const labelledByGroup = control.type === 'radio' || !('labels' in control);
  const legend = labelledByGroup ? control.closest('fieldset')?.querySelector('legend') : null;
  if (legend) return legend;
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) return labels[0];
  // (A label the browser does not tie to the control itself, such as one for a custom control.)
  return control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
}

function rulesOf(control: Control): Rules {
  const { type, minLength, maxLength, pattern } = control as Control & Partial<HTMLInputElement>;
  const hint = ` ${type} ${control.getAttribute('autocomplete')} `; // the type and the autocomplete tokens
  return {
    kind:
      type === 'checkbox' ? 'check'
      : type === 'radio' || !/^(input|textarea)$/.test(control.localName) ? 'choice'
      : / email /i.test(hint) ? 'email'
      : / tel /i.test(hint) ? 'phone'
      : control.hasAttribute('data-postcode') || / postal-code /i.test(hint) || /^(post(al)?[-_ ]?code|zip(code)?)$/i.test(control.name) ? 'postcode'
      : 'text',
    required: control.hasAttribute('required'),
    // The attributes as the browser reads them (-1 and '' when absent; undefined on custom controls).
    minLength,
    maxLength,
    pattern,
  };
}

/** What the field asks for, when it is the visitor's own name, e-mail address or message. */
function asksFor(control: Control): Field['asksFor'] {
  const tokens = ` ${control.getAttribute('autocomplete')} `;
  return / name /i.test(tokens) ? 'name' : / email /i.test(tokens) ? 'email' : control.name === 'message' ? 'message' : undefined;
}

/** True when the element's own text says what `*` means (`"*" geeft vereiste velden aan`, `* required`). */
const isLegend = (element: Element) => element.hasAttribute('data-required-legend') || /^\W?\*\W?\s+\S/.test(readableText(element));

/** Reads the author's form: its named fields with labels and rules, the honeypot and what is missing. */
export function readForm(form: HTMLFormElement): FormModel {
  const fields = new Map<string, Field>();
  const honeypot: Control[] = [];
  const problems: string[] = [];
  let hasSubmit = false;
  for (const element of form.elements as unknown as Control[]) {
    const { type } = element;
    hasSubmit ||= /^(submit|image)$/.test(type!);
    if (/^(submit|button|reset|image|hidden|file|fieldset|output|object)$/.test(type!) || element.disabled) continue;
    if (isHoneypot(element)) {
      honeypot.push(element);
      continue;
    }
    const labelNode = labelNodeOf(element);
    let label = labelText(labelNode) || (element.getAttribute('aria-label') || element.getAttribute('label') || '').trim();
    if (!element.name) {
      problems.push(`the field ${label ? `labelled "${label}"` : 'without a label'} has no name attribute, so its value is never sent. Give it a name, such as name="question".`);
      continue;
    }
    const field = fields.get(element.name);
    if (field) {
      field.controls.push(element);
      continue;
    }
    // A custom control (the location picker) labels itself: without a label here, its own message is shown.
    if (!label && 'labels' in element) {
      problems.push(`the field named "${element.name}" has no label, so people using a screen reader cannot tell what it asks, and error messages call it "${element.name}". Give it a <label> (or aria-label).`);
      label = element.name;
    }
    fields.set(element.name, { name: element.name, control: element, controls: [element], label, labelNode, rules: rulesOf(element), asksFor: asksFor(element) });
  }
  if (!hasSubmit) problems.push('the form has no submit button, so it can only be sent with Enter in a field. Add one, such as <button>Verstuur</button>.');
  return {
    form,
    fields: [...fields.values()],
    honeypot,
    hasLegend: [...form.querySelectorAll('p,legend,div,span,small')].some(isLegend),
    problems,
  };
}

/** The checked values of a checkbox or radio group (nothing for other fields). */
export const checkedOf = ({ control, controls }: Field) =>
  /^(checkbox|radio)$/.test(control.type!) ? controls.filter((one) => one.checked).map((one) => one.value) : undefined;

/** The value of a field as its validators see it: a checkbox or radio group gives its checked values. */
export const valueOf = (field: Field) => checkedOf(field)?.join(',') ?? String(field.control.value ?? '');
