import { LitElement, html } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

/**
 * @summary Validated contact form (placeholder until its issue lands: shows the author's content as it is).
 * @slot - The author's content.
 */
export class ClinicContactForm extends LitElement {
  static override styles = [tokens];

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact-form': ClinicContactForm;
  }
}
