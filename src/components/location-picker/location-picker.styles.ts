import { css } from 'lit';

/*
 * The controls above the list have fixed heights (line-height 1.5, a 2.75rem field and button,
 * 0.5rem gaps) so the optional pre-upgrade stylesheet can reserve exactly their space.
 */
export const pickerStyles = css`
  .base {
    display: grid;
    gap: 0.5rem;
  }
  .legend {
    font-weight: 600;
    line-height: 1.5;
  }
  .search {
    display: grid;
    gap: 0.25rem;
    line-height: 1.5;
  }
  .input {
    height: 2.75rem;
  }
  .button {
    justify-self: start;
  }
  .status,
  .error {
    min-height: 1.5em;
    margin: 0;
    line-height: 1.5;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--clinic-location-gap, 0.5rem);
    border-radius: var(--_radius);
  }
  .disabled {
    opacity: 0.65;
  }
  .clear {
    margin-inline-start: 0.5em;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
    cursor: pointer;
  }
`;
