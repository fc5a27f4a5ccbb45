// The seed clinic's table "Behandeling: doelen per fase", once, for the stories, the demo page, the
// tests and the docs' snippets.

/** The seed page's four phases. */
export const phases = [
  { name: '1. Calm down', goals: 'Pijn/stijfheid dempen, warmte, zachte mobiliteit, houdingen afwisselen, dag doseren.', duration: '1–2 weken', examples: 'Warmte, korte wandelingen, bekkenkanteling' },
  { name: '2. Mobiliteit & kracht', goals: 'Rompmobiliteit, heup-/rompkracht (core), houding/tiltechniek, wandelen/fietsen uitbreiden.', duration: '3–6 weken', examples: 'Knie-naar-borst, thoracale rotaties, fietsen' },
  { name: '3. Functioneel opbouwen', goals: 'Werk- en sportactiviteiten stapsgewijs verhogen; tempo/afstanden plannen.', duration: '4–8 weken', examples: 'Tiltechniek oefenen, werkplek aanpassen' },
  { name: '4. Zelfmanagement', goals: 'Onderhoudsschema, flare-up plan, slaap/Stress & balans, terugvalpreventie.', duration: 'Blijvend', examples: 'Eigen schema, flare-up plan bij de hand' },
];

export const phasesEnglish = [
  { name: '1. Calm down', goals: 'Ease pain and stiffness: warmth, gentle mobility, varying postures, pacing the day.' },
  { name: '2. Mobility & strength', goals: 'Trunk mobility, hip and core strength, posture and lifting technique, more walking and cycling.' },
  { name: '3. Functional build-up', goals: 'Step by step back to work and sport; planning pace and distances.' },
  { name: '4. Self-management', goals: 'Maintenance plan, flare-up plan, sleep, stress and balance, preventing relapse.' },
];

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<table>` an editor writes: caption, header row, one row per phase. */
export function phaseTableContent({ caption = 'Behandeling: doelen per fase', headers = ['Fase', 'Doelen & aanpak'], rows = phases, extraColumns = false } = {}) {
  const allHeaders = extraColumns ? [...headers, 'Duur', 'Voorbeelden'] : headers;
  const row = (phase) =>
    `    <tr><th scope="row">${escapeText(phase.name)}</th><td>${escapeText(phase.goals)}</td>${extraColumns ? `<td>${escapeText(phase.duration)}</td><td>${escapeText(phase.examples)}</td>` : ''}</tr>`;
  return [
    '<table>',
    `  <caption>${escapeText(caption)}</caption>`,
    `  <thead><tr>${allHeaders.map((header) => `<th scope="col">${escapeText(header)}</th>`).join('')}</tr></thead>`,
    '  <tbody>',
    ...rows.map(row),
    '  </tbody>',
    '</table>',
  ].join('\n');
}

/** @type {Record<string, import('./example.js').Example>} */
export const phaseTableExamples = {
  seed: {
    title: 'The seed page’s phases',
    description: 'The clinic’s own table: a table where the widget is wide, numbered steps where it is narrow.',
    attributes: {},
    content: phaseTableContent(),
    lang: 'nl',
  },
  current: {
    title: 'The current phase',
    description: '`current="2"`: that phase is marked `aria-current="step"` and stands out.',
    attributes: { current: '2' },
    content: phaseTableContent(),
    lang: 'nl',
  },
  extraColumns: {
    title: 'Extra columns',
    description: 'Four columns (“Duur”, “Voorbeelden”) are kept in both layouts, labelled by their headers in steps.',
    attributes: { current: '1' },
    content: phaseTableContent({ extraColumns: true }),
    lang: 'nl',
  },
  english: {
    title: 'An English page',
    description: 'The current-phase label reads “Current phase”.',
    attributes: { current: '2' },
    content: phaseTableContent({ caption: 'Treatment: goals per phase', headers: ['Phase', 'Goals & approach'], rows: phasesEnglish }),
    lang: 'en',
  },
};
