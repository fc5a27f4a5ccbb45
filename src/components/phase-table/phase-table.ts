import { LitElement, html, nothing } from 'lit';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { WIDE_TABLE_COLUMNS, chooseLayout, currentIndex, namesAreNumbered } from './phase-layout.js';
import { lightStyles, styles } from './phase-table.styles.js';
import { texts } from './phase-table.texts.js';
import { readPhaseTable, type PhaseTableModel } from './read-phase-table.js';

/** Sets an attribute of the author's table, or removes it (`false`). */
const mark = (element: Element, name: string, value: string | false) => (value ? element.setAttribute(name, value) : element.removeAttribute(name));

/**
 * Wrap an ordinary `<table>` (a `<caption>`, a header row, one row per phase whose
 * first cell names the phase). Without the script it is that table. With it, the element shows the
 * table itself (same table, same place: no layout shift) when it is wide, and an ordered list of steps
 * when it is narrow, decided by the element's own width with container queries, so one page can hold
 * both. Only the visible layout is in the accessibility tree. Every column is kept in both layouts;
 * in steps layout each extra column is labelled with its header text. Prints as a plain table.
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
 * @csspart step-label - The label of a step detail: the column's header text.
 * @csspart current-label - The "Current phase" label in steps layout.
 *
 * @cssprop [--clinic-phase-current-color=var(--clinic-color-accent)] - Border and label colour of the current phase (both layouts).
 * @cssprop [--clinic-phase-current-background=var(--clinic-color-muted)] - Background of the current phase (both layouts).
 * @cssprop [--clinic-phase-line-color=var(--clinic-color-border)] - The line beside each step.
 * @cssprop [--clinic-phase-gap=calc(var(--clinic-space) / 2)] - Space between steps.
 */
export class ClinicPhaseTable extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    layout: {},
    current: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    model: { attribute: false },
  };

  /**
   * `auto`: a table where the element is at least 32em wide (48em for tables of 4 or more columns),
   * steps below that; `table` or `steps` force one (in any case: `STEPS`). Another value is treated as `auto`, with a warning.
   */
  layout = 'auto';

  /**
   * The current phase, 1-based: marked `aria-current="step"` in both layouts, with a visible
   * "Current phase" label and a thicker border. A value that is not a phase number is ignored with a warning.
   */
  declare current?: number | null;

  /** Heading level (1–6) of the phase names in steps layout. */
  headingLevel = 3;

  // Internal reactive state (attribute: false above), read on connect and after each author's edit.
  declare private model: PhaseTableModel;

  private readonly localize = new LocalizeController(this, 'phases', texts);
  private readonly content = new LightDomController(this, () => (this.model = readPhaseTable(this)));

  /**
   * Decides the current phase and marks it in the author's table (table layout), quietly: not an
   * author's edit; the rules for those marks join the document (or the shadow root the element is
   * in) once. One warning per problem in the content or the attributes.
   */
  override willUpdate(): void {
    const sheets = (this.getRootNode() as Document | ShadowRoot).adoptedStyleSheets;
    if (!sheets.includes(lightStyles.styleSheet!)) sheets.push(lightStyles.styleSheet!);
    const { model, current, layout } = this;
    const { phases } = model;
    const index = currentIndex(current, phases);
    const label = this.localize.t('current') || ' ';
    this.content.quietly(() =>
      phases.forEach((phase, i) => {
        mark(phase.row, 'aria-current', i == index && 'step');
        mark(phase.nameCell, 'data-clinic-current', i == index && label);
      }),
    );
    for (const problem of model.problems) warn(this, problem);
    // (A removed attribute reads as null: auto, no warning.)
    if (layout && chooseLayout(layout) != layout.toLowerCase()) warn(this, `layout="${layout}" is unknown.`);
    if (current != null && index < 0) warn(this, `current="${this.getAttribute('current') ?? current}" is not 1–${phases.length}.`);
  }

  override render() {
    const { caption, phases, columns } = this.model;
    if (!phases[0]) return html`<slot></slot>`;
    const layout = chooseLayout(this.layout);
    const numbered = namesAreNumbered(phases.map((phase) => phase.name));
    // The class says when steps show: `steps` always, `auto`/`wide` below 32em/48em (styles).
    return html`<div class=${layout == 'auto' && columns >= WIDE_TABLE_COLUMNS ? 'wide' : layout}>
      <slot part="table"></slot>
      <p id="caption" part="caption">${caption}</p>
      <ol part="steps" role="list" aria-labelledby="caption">
        ${phases.map((phase, i) => {
          // the current phase's name cell holds its label (willUpdate)
          const now = phase.nameCell.dataset.clinicCurrent;
          return html`<li part="step${now ? ' current-step' : ''}" aria-current=${now ? 'step' : nothing}>
            ${now ? html`<span part="current-label" aria-hidden="true">${now}</span>` : nothing}
            <p part="step-name" role="heading" aria-level=${this.headingLevel}>${numbered ? '' : i + 1 + '. '}${phase.nameContent}</p>
            ${phase.details.map((detail) => html`<div part="step-detail"><b part="step-label">${detail.label}</b>${detail.content}</div>`)}
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
