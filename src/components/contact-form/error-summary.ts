import { html, nothing } from 'lit';
import type { Field } from './read-contact-form.js';

/**
 * The GOV.UK error pattern: a summary at the top of the form (heading, one link per problem that
 * moves focus to its field) and an inline message at each field, tied to it with
 * `aria-describedby` and `aria-invalid="true"`.
 */
export interface FieldError {
  /** The field's name (or the server's name for it). */
  name: string;
  message: string;
  field?: Field;
}

export function errorSummary(title: string, errors: FieldError[], go: (error: FieldError) => void) {
  if (!errors.length) return nothing;
  return html`<div part="error-summary" class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${errors.map((error) =>
        error.field
          ? html`<li>
              <a
                href="#${error.field.control.id}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  go(error);
                }}
                >${error.message}</a
              >
            </li>`
          : html`<li>${error.message}</li>`,
      )}
    </ul>
  </div>`;
}

const MARK = 'data-clinic-mark';

/** Where the inline message goes: before the field, before a label wrapping it, or after a group's legend. */
function anchorOf(field: Field): { parent: Node; before: Node | null } {
  const { control } = field;
  const legend = field.rules.kind === 'choice' ? control.closest('fieldset')?.querySelector('legend') : null;
  if (legend) return { parent: legend.parentNode!, before: legend.nextSibling };
  const wrapper = control.closest('label') ?? control;
  return { parent: wrapper.parentNode!, before: wrapper };
}

function describedBy(control: Element, id: string, add: boolean): void {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((one) => one && one !== id);
  if (add) ids.unshift(id);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

/** Shows (or, with no message, removes) the inline message of a field. Light DOM: wrap in `quietly`. */
export function markField(field: Field, message: string | undefined): void {
  const { control } = field;
  const id = `${control.id}-error`;
  let note = (control.getRootNode() as Document | ShadowRoot).getElementById(id);
  if (!message) {
    note?.remove();
    control.removeAttribute('aria-invalid');
    describedBy(control, id, false);
    return;
  }
  if (!note) {
    note = control.ownerDocument.createElement('span');
    note.id = id;
    note.setAttribute(MARK, 'error');
    note.style.cssText = 'display:block;color:var(--clinic-color-danger,#b3261e);font-weight:700;margin:.25em 0';
    const { parent, before } = anchorOf(field);
    parent.insertBefore(note, before);
  }
  note.textContent = message;
  control.setAttribute('aria-invalid', 'true');
  describedBy(control, id, true);
}
