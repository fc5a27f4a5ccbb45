import { LitElement, html, nothing } from 'lit';
import { adoptLightDomStyles } from '../../internal/adopt-styles.js';
import { headingLevel, type HeadingLevel } from '../../internal/heading-level.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { chooseCurrent, chooseLayout, namesAreNumbered, widthRule, type PhaseLayout } from './phase-layout.js';
import { styles, tableStyles } from './phase-table.styles.js';
import { texts } from './phase-table.texts.js';
import { EMPTY_MODEL, readPhaseTable, type PhaseTableModel } from './read-phase-table.js';

/**
 * Sets an attribute on the author's table, or removes it when `value` is null. An attribute that
 * already has that value is left alone: every write is a change a CMS preview's observer sees.
 */
function setOrRemoveAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Wrap an ordinary `<table>` (a `<caption>`, a header row, one row per phase whose
 * first cell names the phase). Without the script it is that table. With it, the element shows the
 * table itself (same table, same place, with a designed default look that the page's own table
 * rules override) when it is wide, and an ordered list of steps when it is narrow, decided by the
 * element's own width with container queries, so one page can hold both. Only the visible layout is
 * in the accessibility tree. Every column is kept in both layouts; in steps layout each extra column
 * is labelled with its header text (for screen readers only when there is just one such column:
 * the caption already says it). Prints as a plain table.
 * The element has `container-type: inline-size`: give it a width in flex/grid layouts.
 *
 * Texts: `data-i18n-current="…"` on the element, or `registerTranslation('nl', { 'phases.current': '…' })`.
 *
 * @tagname clinic-phase-table
 * @summary Treatment phases: the author's table where the element is wide, numbered steps where it is narrow.
 *
 * @slot - The author's `<table>`. Other content shows in table layout only (with a warning).
 *
 * @csspart table - The slot holding the author's table (table layout).
 * @csspart steps - The ordered list (steps layout).
 * @csspart caption - The table's caption, above the steps.
 * @csspart step - One phase in steps layout (`current-step` is added to the current one).
 * @csspart current-step - The current phase in steps layout.
 * @csspart step-name - The phase name (a heading, see `heading-level`).
 * @csspart step-detail - One other column of a phase: its label and the cell's content.
 * @csspart step-label - The label of a step detail: the column's header text (visually hidden when a phase has only one detail).
 * @csspart current-label - The "Current phase" label in steps layout.
 *
 * @cssprop [--clinic-phase-current-color=var(--clinic-color-accent)] - Label and bar colour of the current phase (both layouts).
 * @cssprop [--clinic-phase-current-background=color-mix(in srgb, var(--clinic-phase-current-color) 12%, transparent)] - Background of the current phase (both layouts).
 * @cssprop [--clinic-phase-line-color=var(--clinic-color-border)] - The lines between the table's rows and beside each step.
 * @cssprop [--clinic-phase-gap=calc(var(--clinic-space) / 2)] - Space between steps.
 */
export class ClinicPhaseTable extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    layout: {},
    current: { type: Number },
    headingLevel: { attribute: 'heading-level' },
    _model: { state: true },
  };

  /**
   * `auto`: a table where the element is at least 32em wide (48em for tables of 4 or more columns),
   * steps below that; `table` or `steps` force one (in any case: `STEPS`). Another value (or a
   * property set to something other than a string) is treated as `auto`, with a warning.
   * @type {'auto' | 'table' | 'steps'}
   */
  declare layout: string;

  /**
   * The current phase, 1-based: marked `aria-current="step"` in both layouts, highlighted, with a
   * visible "Current phase" label. A value that is not a phase number is ignored with a warning.
   */
  declare current?: number | null;

  /**
   * Heading level (2–6) of the phase names in steps layout. Without it, one below the nearest
   * heading before the element in the page (2 when there is none). A value outside 2–6 is clamped,
   * anything else ignored, each with a warning.
   */
  declare headingLevel?: string | number | null;

  /** The author's table as last read (internal reactive state: each read renders). */
  private declare _model: PhaseTableModel;

  // Decided in `willUpdate` for this render.
  #layout: PhaseLayout = 'auto';
  #currentPhaseIndex = -1;
  #currentLabel = '';
  #stepHeadingLevel: HeadingLevel = 2;

  readonly #localize = new LocalizeController(this, 'phases', texts);

  readonly #content = new LightDomController(this, () => {
    this._model = readPhaseTable(this);
  });

  constructor() {
    super();
    this.layout = 'auto';
    this._model = EMPTY_MODEL;
  }

  /**
   * Decides the layout, the current phase and the steps' heading level, and marks the current
   * phase in the author's table (table layout), quietly: not an author's edit. The rules for the
   * author's table join the document (or the shadow root the element is in) once. One warning per
   * problem in the content or the attributes.
   */
  override willUpdate(): void {
    adoptLightDomStyles(this, tableStyles);
    const { phases, problems } = this._model;
    const layoutChoice = chooseLayout(this.layout);
    const currentChoice = chooseCurrent(this.current, phases.length, this.getAttribute('current'));
    const headingChoice = headingLevel(this, this.headingLevel);
    this.#layout = layoutChoice.layout;
    this.#currentPhaseIndex = currentChoice.index;
    // A label replaced by an empty text still needs a box to draw (a space).
    this.#currentLabel = this.#localize.t('current') || ' ';
    this.#stepHeadingLevel = headingChoice.level;
    this.#content.quietly(() => {
      phases.forEach((phase, index) => {
        const isCurrent = index === this.#currentPhaseIndex;
        setOrRemoveAttribute(phase.row, 'aria-current', isCurrent ? 'step' : null);
        setOrRemoveAttribute(phase.nameCell, 'data-clinic-current', isCurrent ? this.#currentLabel : null);
      });
    });
    const found = [...problems, layoutChoice.problem, currentChoice.problem, headingChoice.problem];
    for (const problem of found) {
      if (problem !== undefined) warn(this, problem);
    }
  }

  override render() {
    const { caption, phases, columns } = this._model;
    if (phases.length === 0) return html`<slot></slot>`;
    const numbered = namesAreNumbered(phases.map((phase) => phase.name));
    return html`<div id="layout" data-layout=${widthRule(this.#layout, columns)}>
      <slot part="table"></slot>
      <p id="caption" part="caption">${caption}</p>
      <ol part="steps" role="list" aria-labelledby="caption">
        ${phases.map((phase, index) => {
          const isCurrent = index === this.#currentPhaseIndex;
          const labelsVisible = phase.details.length > 1;
          return html`<li part=${isCurrent ? 'step current-step' : 'step'} aria-current=${isCurrent ? 'step' : nothing}>
            ${isCurrent ? html`<span part="current-label" aria-hidden="true">${this.#currentLabel}</span>` : nothing}
            <p part="step-name" role="heading" aria-level=${this.#stepHeadingLevel}>${numbered ? '' : `${index + 1}. `}${phase.nameContent}</p>
            ${phase.details.map(
              (detail) =>
                html`<div part="step-detail"><b part="step-label" class=${labelsVisible ? nothing : 'visually-hidden'}>${detail.label}</b>${detail.content}</div>`,
            )}
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-phase-table': ClinicPhaseTable;
  }
}
