import { html } from 'lit';

/** The seed page's table: "Behandeling: doelen per fase". */
export const seedTable = () => html`<table>
  <caption>Behandeling: doelen per fase</caption>
  <thead><tr><th scope="col">Fase</th><th scope="col">Doelen &amp; aanpak</th></tr></thead>
  <tbody>
    <tr><th scope="row">1. Calm down</th><td>Pijn/stijfheid dempen, warmte, zachte mobiliteit, houdingen afwisselen, dag doseren.</td></tr>
    <tr><th scope="row">2. Mobiliteit &amp; kracht</th><td>Rompmobiliteit, heup-/rompkracht (core), houding/tiltechniek, wandelen/fietsen uitbreiden.</td></tr>
    <tr><th scope="row">3. Functioneel opbouwen</th><td>Werk- en sportactiviteiten stapsgewijs verhogen; tempo/afstanden plannen.</td></tr>
    <tr><th scope="row">4. Zelfmanagement</th><td>Onderhoudsschema, flare-up plan, slaap/Stress &amp; balans, terugvalpreventie.</td></tr>
  </tbody>
</table>`;

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

export const seedNames = ['1. Calm down', '2. Mobiliteit & kracht', '3. Functioneel opbouwen', '4. Zelfmanagement'];
