// The seed clinic's "Herkenbare klachten" and the warning signs from its FAQ answer "Wanneer moet ik
// naar de (huis)arts?", once, for the stories, the demo page, the tests and the docs' snippets.

/** The seed page's four complaints. */
export const complaints = [
  'Startstijfheid na zitten of ’s ochtends, losser na bewegen',
  'Zeurende of stekende pijn laag in de rug of in de nek, soms uitstralend naar bil/schouderblad',
  'Moeite met lang dezelfde houding (zitten/staan), of met draaien/achteroverbuigen',
  'Opvlammingen bij koude, stress of hogere belasting',
];

/** The warning signs (the seed page names them in the answer about when to see a GP). */
export const warningSigns = ['Onverklaarbare koorts of ziek gevoel', 'Onverwachte, forse uitval (plotseling veel minder kracht)', 'Pijn die ondanks opbouw niet afneemt'];

export const complaintsEnglish = [
  'Stiffness after sitting or in the morning, easing with movement',
  'Nagging or stabbing pain low in the back or in the neck, sometimes spreading to the buttock or shoulder blade',
  'Trouble holding one posture for long (sitting/standing), or turning/bending backwards',
  'Flare-ups with cold, stress or higher load',
];

export const warningSignsEnglish = ['Unexplained fever or feeling ill', 'Sudden, marked loss of strength', 'Pain that does not ease despite building up'];

/** Complaints as long as an editor sometimes writes them: for a phone-sized column. */
export const longComplaints = [
  'Startstijfheid na lang zitten, na autorijden of ’s ochtends bij het opstaan, die na een kwartier rustig bewegen, aankleden of een korte wandeling duidelijk minder wordt',
  'Zeurende of stekende pijn laag in de rug of in de nek, soms uitstralend naar de bil, het bovenbeen of het schouderblad, vooral aan het einde van een drukke werkdag',
  'Moeite met lang dezelfde houding aanhouden (zitten in vergaderingen, staan aan het aanrecht), of met draaien en achteroverbuigen, bijvoorbeeld bij het achteruitkijken in de auto',
  'Opvlammingen bij koud en vochtig weer, bij stress of slecht slapen, en na een week met hogere belasting dan je gewend bent (verhuizen, tuinieren, een lange fietstocht)',
];

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const list = (items, attributes = '') => `<ul${attributes}>\n${items.map((item) => `  <li>${escapeText(item)}</li>`).join('\n')}\n</ul>`;

/** The seed page's messages for a match, no match and a ticked warning sign. */
export const checklistMessages = [
  '<p slot="match">Dit past bij artrose in de wervelkolom. Met gerichte oefentherapie kun je vaak weer veel doen. <a href="#contact">Maak een afspraak</a></p>',
  '<p slot="no-match">Herken je weinig van deze klachten? Twijfel je toch, <a href="#contact">stel je vraag</a>.</p>',
  '<p slot="red-flag">Neem contact op met je huisarts. Twijfel? Bel altijd.</p>',
].join('\n');

const checklistMessagesEnglish = [
  '<p slot="match">This fits osteoarthritis of the spine. Targeted exercise therapy often gets you moving again. <a href="#contact">Make an appointment</a></p>',
  '<p slot="no-match">Recognise few of these? If in doubt, <a href="#contact">ask us</a>.</p>',
  '<p slot="red-flag">Contact your GP. In doubt? Always call.</p>',
].join('\n');

/** The checklist's content as an editor writes it: heading, complaints, warning signs, messages. */
export function checklistContent({ heading = 'Herkenbare klachten', headingId = 'klachten-titel', items = complaints, warningHeading = 'Waarschuwingssignalen', signs = warningSigns, messages = checklistMessages } = {}) {
  return [
    heading ? `<h2${headingId ? ` id="${headingId}"` : ''}>${escapeText(heading)}</h2>` : '',
    list(items),
    signs.length && warningHeading ? `<h3>${escapeText(warningHeading)}</h3>` : '',
    signs.length ? list(signs, ' data-red-flags') : '',
    messages,
  ]
    .filter(Boolean)
    .join('\n');
}

/** @type {Record<string, import('./example.js').Example>} */
export const checklistExamples = {
  seed: {
    title: 'The seed page’s complaints',
    description: 'Four complaints and three warning signs; two ticks (`threshold="2"`) show the match message, any warning sign the urgent notice.',
    attributes: { threshold: '2' },
    content: checklistContent(),
    lang: 'nl',
  },
  builtInTexts: {
    title: 'Built-in texts',
    description: 'Only the two lists: the widget’s own group names, count and urgent text.',
    attributes: { threshold: '2' },
    content: checklistContent({ heading: '', warningHeading: '', messages: '' }),
    lang: 'nl',
  },
  longItems: {
    title: 'Long items',
    description: 'Complaints of two or three lines on a phone: the whole row is the tap target.',
    attributes: { threshold: '2' },
    content: checklistContent({ headingId: '', items: longComplaints }),
    lang: 'nl',
  },
  remembered: {
    title: 'Remembered ticks',
    description: '`remember`: the ticks stay in `sessionStorage` for this tab, and come back after a reload.',
    attributes: { threshold: '2', remember: true },
    content: checklistContent({ headingId: '' }),
    lang: 'nl',
  },
  broken: {
    title: 'Broken content',
    description: 'The editor forgot the `</ul>`: the heading and paragraph after it fell into the last item. The widget keeps them outside the label, usable, and warns once in the console.',
    attributes: { threshold: '2' },
    content: [
      '<h2>Herkenbare klachten</h2>',
      `<ul>\n${complaints.map((item) => `  <li>${escapeText(item)}`).join('\n')}`,
      '<h3>Nog een vraag?</h3>',
      '<p>Bel ons gerust: <a href="tel:+31493000001">0493 000 001</a>.</p>',
      '</ul>',
    ].join('\n'),
    lang: 'nl',
  },
  english: {
    title: 'An English page',
    description: 'The built-in texts follow the page’s `lang`.',
    attributes: { threshold: '2' },
    content: checklistContent({
      heading: 'Recognisable complaints',
      headingId: '',
      items: complaintsEnglish,
      warningHeading: 'Warning signs',
      signs: warningSignsEnglish,
      messages: checklistMessagesEnglish,
    }),
    lang: 'en',
  },
};
