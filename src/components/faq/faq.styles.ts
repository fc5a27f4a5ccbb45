import { css, unsafeCSS } from 'lit';
import { controlHeight, controlRowGap, controlsMargin, itemRules, textLineHeight } from './faq.look.js';

/**
 * The widget's own controls (in the shadow root of its controls bar); `narrowControlRules`
 * (faq.look.ts) go beside them, not inside this template: the build's CSS minifier cannot read a
 * stylesheet put into another, and left the whole template unminified.
 */
export const styles = css`
  /* The container of the query in narrowControlRules: the width of the bar itself, whatever the width of the page. */
  .controls {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: ${unsafeCSS(controlRowGap)} 0.5rem;
    align-items: end;
    justify-items: start;
    margin-block-end: ${unsafeCSS(controlsMargin)};
  }
  .button,
  .input {
    height: ${unsafeCSS(controlHeight)};
    padding-block: 0;
    line-height: 1.2;
    white-space: nowrap;
  }
  /* Hidden while a search finds nothing, keeping its place: the field does not widen under the typing. */
  .button[hidden] {
    display: inline-flex;
    visibility: hidden;
  }
  .search-label,
  .status {
    grid-column: 1 / -1;
    max-width: 100%;
    height: ${unsafeCSS(textLineHeight)};
    margin: 0;
    overflow: hidden;
    line-height: 1.5;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .search-label {
    font-weight: 600;
  }
  /* The way on when a search finds nothing: below the bar, in the space the questions had. */
  .no-results {
    grid-column: 1 / -1;
    margin: 0;
    line-height: 1.5;
  }
`;

/**
 * Styles for the author's `<details>` items, which stay in the light DOM: adopted once by the
 * document (or the shadow root the FAQ sits in). The pre-upgrade stylesheet holds the same rules
 * (`itemRules` in `faq.look.ts`); when it is on the page (it sets `--clinic-faq-styled`) these are
 * not added again.
 */
export const itemStyles = itemRules;
