import type { FieldError } from './error-summary.js';
import { valueOf, type Field } from './read-contact-form.js';
import type { TextKey } from './contact-form.texts.js';
import { validate } from './validators.js';

/** The widget's texts by key, in the page's language (`LocalizeController.t`). */
export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

/** How a message names the visitor's own name, e-mail address and message mid-sentence ("je naam"), whatever their labels. */
const ownFieldKeys = { name: 'yourName', email: 'yourEmail', message: 'yourMessage' } as const;

/**
 * Decide: the message a field shows, or '' when it passes its checks. A custom control without a
 * label of ours (the location picker) says what is wrong itself, through its own validity.
 */
export function messageFor(field: Field, translate: Translate): string {
  const { rules, label, control, asksFor } = field;
  if (!label) return (control as Partial<HTMLInputElement>).validationMessage ?? '';
  const failed = validate(valueOf(field), rules);
  if (!failed) return '';
  const midSentence = asksFor ? translate(ownFieldKeys[asksFor]) : label[0].toLowerCase() + label.slice(1);
  return translate(failed, { label, field: midSentence, min: rules.minLength!, max: rules.maxLength! });
}

/** Every field's problem, in the form's order. */
export function checkFields(fields: Field[], translate: Translate): FieldError[] {
  return fields.map((field) => ({ name: field.name, message: messageFor(field, translate) })).filter(({ message }) => message !== '');
}
