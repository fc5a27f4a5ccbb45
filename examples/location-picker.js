// The seed clinic's six branches ("Plan lokaal: behandeling in jouw regio"; approximate coordinates),
// once, for the stories, the demo page, the tests and the docs' snippets.

/** The six branches, in the seed page's order. */
export const branches = [
  { value: 'deurne', label: 'Deurne', lat: '51.4613', lng: '5.7953', postcodes: '5750-5759', serves: 'Liessel, Vlierden, Helenaveen, Neerkant, Zeilberg', phone: '+31 493 000 001', address: 'Stationsstraat 1, 5751 HA Deurne', hours: 'Ma–vr 8:00–20:00', phoneText: '0493 000 001' },
  { value: 'mierlo', label: 'Mierlo', lat: '51.4406', lng: '5.6192', postcodes: '5730-5731', serves: 'Luchen, Mierlo-Hout', phone: '+31 492 000 002', address: 'Dorpsstraat 2, 5731 JE Mierlo', hours: 'Ma–do 8:00–18:00', phoneText: '0492 000 002' },
  { value: 'gemert', label: 'Gemert', lat: '51.5556', lng: '5.6897', postcodes: '5420-5428,5761-5763', serves: 'Bakel, Milheeze, De Rips, Handel, De Mortel, Elsendorp', phone: '+31 492 000 003', address: 'Ridderplein 3, 5421 CX Gemert', hours: 'Ma–vr 8:00–19:00', phoneText: '0492 000 003' },
  { value: 'helmond', label: 'Helmond', lat: '51.4793', lng: '5.6570', postcodes: '5700-5709', serves: 'Stiphout, Brandevoort, Dierdonk, Brouwhuis, Rijpelberg', phone: '+31 492 000 004', address: 'Markt 4, 5701 RK Helmond', hours: 'Ma–za 7:30–21:00', phoneText: '0492 000 004' },
  { value: 'geldrop', label: 'Geldrop', lat: '51.4217', lng: '5.5597', postcodes: '5660-5667', serves: 'Zesgehuchten, Coevering, Braakhuizen, Genoenhuis', phone: '+31 40 000 0005', address: 'Heuvel 5, 5664 HK Geldrop', hours: 'Ma–vr 8:00–18:00', phoneText: '040 000 0005' },
  { value: 'nederweert', label: 'Nederweert', lat: '51.2857', lng: '5.7486', postcodes: '6030-6035', serves: 'Ospel, Budschop, Leveroy, Ospeldijk', phone: '+31 495 000 006', address: 'Kerkstraat 6, 6031 CG Nederweert', hours: 'Di en do 8:00–17:00', phoneText: '0495 000 006' },
];

/** The `<clinic-location>` an editor writes for a branch: its attributes, then its address and hours. */
export function locationHtml(branch, { selected = false } = {}) {
  const attributes = ['value', 'label', 'lat', 'lng', 'postcodes', 'serves', 'phone']
    .filter((name) => branch[name] !== undefined)
    .map((name) => `${name}="${branch[name]}"`)
    .join(' ');
  const details = branch.hours ? `\n  <p>${branch.hours} · <a href="tel:${branch.phone.replace(/\s/g, '')}">${branch.phoneText}</a></p>` : '';
  return `<clinic-location ${attributes}${selected ? ' selected' : ''}>\n  <address>${branch.address}</address>${details}\n</clinic-location>`;
}

/** The picker's content: one `<clinic-location>` per branch. */
export function locationsContent(list = branches) {
  return list.map((branch) => locationHtml(branch)).join('\n');
}

/** @type {Record<string, import('./example.js').Example>} */
export const locationPickerExamples = {
  seed: {
    title: 'The seed page’s six branches',
    description: 'Search by place, village (“Liessel”) or postcode (“5751 AB”), or let the browser find the nearest branch (`geolocation`).',
    attributes: { name: 'vestiging', geolocation: true },
    content: locationsContent(),
    lang: 'nl',
  },
  required: {
    title: 'Required in a form',
    description: '`required` inside a `<form>`: sending without a choice shows the message at the group’s top.',
    attributes: { name: 'vestiging', label: 'Vestiging van je voorkeur', required: true },
    content: locationsContent(),
    lang: 'nl',
  },
  oneBranch: {
    title: 'One branch',
    description: 'A clinic with one branch: one card to choose.',
    attributes: { name: 'vestiging' },
    content: locationsContent(branches.slice(0, 1)),
    lang: 'nl',
  },
  english: {
    title: 'An English page',
    description: 'Built-in texts and distances (“3.2 km”) follow the page’s `lang`.',
    attributes: { name: 'location', geolocation: true },
    content: locationsContent(),
    lang: 'en',
  },
};
