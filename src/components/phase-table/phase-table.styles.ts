import { css } from 'lit';

/**
 * The shadow root's styles. Both layouts are rendered; container queries on the element's own
 * width show one and hide the other with `display: none`, which also takes the hidden one out of
 * the accessibility tree: the wrapper's class (`steps`, `auto`, `wide`) sets `--_t`/`--_s`, the
 * display of the table's slot and of the steps (caption and list), on screen only: printed, it is
 * the table. The table layout is the author's slotted table in the slot's own `display: contents`,
 * so it takes exactly the space it had before the script ran. The steps hold copies of the cells,
 * with the author's own classes and `<b>`s: the widget's rules name its own elements by id or part
 * (`b[part]` is a column label), not by class. `--_c`/`--_b` (the current phase's colour and
 * background) are set on the host, so the author's table (a light child) inherits them too.
 */
export const styles = css`
  :host {
    container-type: inline-size;
    --_c: var(--clinic-phase-current-color, var(--_accent));
    --_b: var(--clinic-phase-current-background, var(--_muted));
  }
  slot {
    display: var(--_t, contents);
  }
  #caption,
  ol {
    display: var(--_s, none);
  }
  /* Steps on screen only: on paper it is always the plain table. */
  @media screen {
    .steps {
      --_t: none;
      --_s: block;
    }
    @container (max-width: 48em) {
      .wide {
        --_t: none;
        --_s: block;
      }
    }
  }
  @container (max-width: 32em) {
    @media screen {
      .auto {
        --_t: none;
        --_s: block;
      }
    }
    /* A table forced on a narrow element (or printed) breaks long words rather than overflow sideways. */
    slot {
      overflow-wrap: anywhere;
    }
  }
  ol,
  p {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    margin-bottom: var(--clinic-phase-gap, calc(var(--_space) / 2));
    padding: 0.25em 1em;
    border-left: 4px solid var(--clinic-phase-line-color, var(--_border));
  }
  li[aria-current] {
    border-left: 10px solid var(--_c);
    background: var(--_b);
  }
  #caption,
  [part='step-name'] {
    font-weight: 700;
  }
  [part='current-label'] {
    border: 2px solid var(--_c);
    padding: 0 0.5em;
    font-size: 0.85em;
    font-weight: 700;
  }
  b[part] {
    display: block;
    margin-top: 0.25em;
    font-size: 0.9em;
  }
`;

/**
 * Styles for the author's own table (light DOM), adopted once by the document (or the shadow root
 * the element lives in): they mark the current phase's row, which the shadow root cannot reach.
 * An outline (not a border) so marking a row never moves the table. The label comes from the name
 * cell's `data-clinic-current` attribute and is left out of the accessibility tree (the row's
 * `aria-current="step"` says it) by the empty alternative text: browsers without that syntax
 * (Safari before 17.4, Firefox before 128) show the outline and background but no label.
 */
export const lightStyles = css`
  clinic-phase-table tr[aria-current] {
    outline: 3px solid var(--_c);
    outline-offset: -3px;
    background: var(--_b);
  }
  [data-clinic-current]::before {
    content: attr(data-clinic-current) / '';
    display: table;
    padding: 0 0.5em;
    border: 2px solid var(--_c);
    font-size: 0.85em;
    font-weight: 700;
  }
`;
