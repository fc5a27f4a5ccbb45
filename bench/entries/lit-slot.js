// A floor for the FAQ case: a Lit element that renders only <slot> around the same 300 <details>.
// What any shadow-DOM wrapper costs before it does anything (Lit, a shadow root, re-slotting).
import { LitElement, html } from 'lit';

class BenchSlot extends LitElement {
  render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('bench-slot')) customElements.define('bench-slot', BenchSlot);
