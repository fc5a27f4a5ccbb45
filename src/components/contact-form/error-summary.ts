import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../internal/heading-level.js';
import type { Control } from './read-contact-form.js';

/**
 * The GOV.UK error summary: a box at the top of the form, focused when it appears, with a heading
 * ("Er is een probleem") and one link per problem that moves focus to its field. Rendering only:
 * the element decides which problems stand and when to focus the box.
 */

/** One problem shown in the summary: a field's name (or a name the server used) and its message. */
export interface FieldError {
  name: string;
  message: string;
}

export interface ErrorSummaryView {
  errors: FieldError[];
  /** The control a problem's link moves focus to; none (a name the server used alone): the message without a link. */
  controlOf: (name: string) => Control | undefined;
  title: string;
  /** The heading's level, from the page's outline or `heading-level`. */
  headingLevel: HeadingLevel;
  /** `lang` of the built-in title (`en` when the page's language has no texts of ours, else Lit's `nothing`). */
  lang: string | typeof nothing;
}

// One template per level: Lit binds no tag names, and a real heading element is what every reader knows.
const headings: Record<HeadingLevel, (title: string, lang: ErrorSummaryView['lang']) => TemplateResult> = {
  2: (title, lang) => html`<h2 class="error-summary-title" lang=${lang}>${title}</h2>`,
  3: (title, lang) => html`<h3 class="error-summary-title" lang=${lang}>${title}</h3>`,
  4: (title, lang) => html`<h4 class="error-summary-title" lang=${lang}>${title}</h4>`,
  5: (title, lang) => html`<h5 class="error-summary-title" lang=${lang}>${title}</h5>`,
  6: (title, lang) => html`<h6 class="error-summary-title" lang=${lang}>${title}</h6>`,
};

function renderProblem({ name, message }: FieldError, controlOf: ErrorSummaryView['controlOf']): TemplateResult {
  const control = controlOf(name);
  if (!control) return html`<li>${message}</li>`;
  // A link moves focus to its field; the page's URL stays as it is.
  const handleClick = (event: Event) => {
    event.preventDefault();
    control.focus();
  };
  return html`<li><a class="error-summary-link" href="#${control.id}" @click=${handleClick}>${message}</a></li>`;
}

/** The summary while problems stand; nothing otherwise. */
export function renderErrorSummary({ errors, controlOf, title, headingLevel, lang }: ErrorSummaryView): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  // Focus reads the summary: no role="alert" on top (it would be heard twice, and again each time
  // it shrinks while the visitor corrects the fields).
  return html`<div class="box error-summary" part="error-summary" tabindex="-1">
    ${headings[headingLevel](title, lang)}
    <ul class="error-summary-list">
      ${errors.map((error) => renderProblem(error, controlOf))}
    </ul>
  </div>`;
}
