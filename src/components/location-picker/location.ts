import { LitElement, html } from 'lit';

/**
 * @summary One branch inside `<clinic-location-picker>` (placeholder until its issue lands).
 * @slot - The branch's own HTML: address, opening hours, links.
 */
export class ClinicLocation extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-location': ClinicLocation;
  }
}
