import { css } from 'lit';
import { stepRules, tableRules } from './phase-table.look.js';

/**
 * The shadow root's styles. Both layouts are rendered; container queries on the element's own
 * width show one and hide the other with `display: none`, which also takes the hidden one out of
 * the accessibility tree: the wrapper's `data-layout` (`steps`, `auto`, `wide`) sets `--_table-display`
 * and `--_steps-display`, on screen only: printed, it is the table. The table layout is the
 * author's slotted table in the slot's own `display: contents`, so it takes exactly the space it
 * had before the script ran. The steps hold copies of the cells, with the author's own classes and
 * `<b>`s: the widget's rules name its own elements by part or id, which the copies never carry
 * (`read-phase-table.ts` leaves `part` and `id` out of them). The steps' own look is `stepRules`
 * (`phase-table.look.ts`), which the pre-upgrade stylesheet shares.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  [part='table'] {
    display: var(--_table-display, contents);
  }
  [part='caption'],
  [part='steps'] {
    display: var(--_steps-display, none);
  }
  /* Steps on screen only: on paper it is always the plain table. */
  @media screen {
    #layout[data-layout='steps'] {
      --_table-display: none;
      --_steps-display: block;
    }
    @container (max-width: 48em) {
      #layout[data-layout='wide'] {
        --_table-display: none;
        --_steps-display: block;
      }
    }
  }
  @container (max-width: 32em) {
    @media screen {
      #layout[data-layout='auto'] {
        --_table-display: none;
        --_steps-display: block;
      }
    }
    /* A table forced on a narrow element (or printed) breaks long words rather than overflow sideways. */
    [part='table'] {
      overflow-wrap: anywhere;
    }
  }
  [part='steps'] {
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }
  ${stepRules}
`;

/**
 * Rules for the author's own table (light DOM), adopted once by the document (or the shadow root
 * the element lives in): the designed default table, and the current phase's row, which the shadow
 * root cannot reach. The same rules are in the pre-upgrade stylesheet (see `tableRules` in
 * `phase-table.look.ts`), so the table does not change when the script adopts them.
 */
export const tableStyles = tableRules;
