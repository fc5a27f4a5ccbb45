import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { phaseTableContent, phases } from '../../../examples/phase-table.js';

/** The seed page's table "Behandeling: doelen per fase" (from the one source of examples). */
export const seedTable = () => html`${unsafeHTML(phaseTableContent())}`;

/** The seed phases with two more columns ("Duur", "Voorbeelden"), one with a link. */
export const extraColumnsTable = () => html`<table>
  <caption>Behandeling: doelen per fase</caption>
  <thead><tr><th scope="col">Fase</th><th scope="col">Doelen &amp; aanpak</th><th scope="col">Duur</th><th scope="col">Voorbeelden</th></tr></thead>
  <tbody>
    <tr><th scope="row">1. Calm down</th><td>Pijn/stijfheid dempen</td><td>1–2 weken</td><td>Warmte, <a href="#wandelen">korte wandelingen</a></td></tr>
    <tr><th scope="row">2. Mobiliteit &amp; kracht</th><td>Rompmobiliteit, heup-/rompkracht</td><td>3–6 weken</td><td>Bekkenkanteling, fietsen</td></tr>
    <tr><th scope="row">3. Functioneel opbouwen</th><td>Werk- en sportactiviteiten verhogen</td><td>4–8 weken</td><td>Tiltraining</td></tr>
    <tr><th scope="row">4. Zelfmanagement</th><td>Onderhoudsschema, terugvalpreventie</td><td>Blijvend</td><td>Flare-up plan</td></tr>
  </tbody>
</table>`;

export const seedNames = phases.map((phase) => phase.name);
