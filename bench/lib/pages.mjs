// The benchmark pages, generated from the demo page and the seed content.
import { readDemoPage } from '../../demo/build.mjs';

export const widgetTags = ['clinic-faq', 'clinic-symptom-checklist', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form'];
/** Every custom element our drop-in file defines (what "all widgets rendered" waits for). */
export const allTags = [...widgetTags, 'clinic-location'];

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The FAQ of the seed page (the demo page), repeated to make long FAQs. */
const faqs = [
  ['Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?', 'Beeldvorming toont veroudering, maar de mate van pijn hangt daar vaak slecht mee samen. Je kunt met artrose prima functioneren met de juiste aanpak.'],
  ['Is bewegen veilig met artrose?', 'Ja. Juist gedoseerd bewegen maakt gewrichten en spieren belastbaarder. We bouwen dit op op jouw tempo.'],
  ['Welke sport is geschikt?', 'Wandelen, fietsen en zwemmen zijn vaak fijn. Met begeleiding kun je ook krachttraining doen — dat helpt juist.'],
  ['Heeft een injectie of pijnstiller zin?', 'Kan tijdelijk dempen. De basis blijft bewegen, doseren en gerichte kracht/mobiliteit. We stemmen medicatie af met je (huis)arts.'],
  ['Wanneer moet ik naar de (huis)arts?', 'Bij onverklaarbare koorts/ziek gevoel, onverwachte forse uitval of als pijn ondanks opbouw niet afneemt. Twijfel? Bel altijd.'],
];

export function faqItems(count) {
  return Array.from({ length: count }, (_, i) => {
    const [question, answer] = faqs[i % faqs.length];
    return { question: `${question} (${i + 1})`, answer };
  });
}

/**
 * One FAQ variant: what the page loads, how its items are written, and which tags "rendered" waits for.
 * `script` is a path on the bench server; `css` an optional stylesheet (Shoelace's theme).
 */
export const faqVariants = {
  details: {
    label: 'plain <details>',
    tags: [],
    markup: (items) => items.map(({ question, answer }) => `<details><summary>${escape(question)}</summary><p>${escape(answer)}</p></details>`).join('\n'),
  },
  'clinic-faq': {
    label: '<clinic-faq> (faq.js + Lit)',
    script: '/build/clinic-faq.js',
    css: '/clinic-elements.css',
    tags: ['clinic-faq'],
    markup: (items) => `<clinic-faq>\n${faqVariants.details.markup(items)}\n</clinic-faq>`,
  },
  'lit-slot': {
    label: 'Lit element with only <slot> (floor)',
    script: '/build/lit-slot.js',
    tags: ['bench-slot'],
    markup: (items) => `<bench-slot>\n${faqVariants.details.markup(items)}\n</bench-slot>`,
  },
  'clinic-faq-ids': {
    label: '<clinic-faq>, items with author ids (what-if)',
    script: '/build/clinic-faq.js',
    css: '/clinic-elements.css',
    tags: ['clinic-faq'],
    markup: (items) => `<clinic-faq>\n${items.map(({ question, answer }, i) => `<details id="q-${i + 1}"><summary>${escape(question)}</summary><p>${escape(answer)}</p></details>`).join('\n')}\n</clinic-faq>`,
  },
  'clinic-faq-noschema': {
    label: '<clinic-faq no-schema> (what-if)',
    script: '/build/clinic-faq.js',
    css: '/clinic-elements.css',
    tags: ['clinic-faq'],
    markup: (items) => faqVariants['clinic-faq'].markup(items).replace('<clinic-faq>', '<clinic-faq no-schema>'),
  },
  'clinic-faq-dropin': {
    label: '<clinic-faq> (drop-in, all five)',
    script: '/clinic-elements.min.js',
    css: '/clinic-elements.css',
    tags: ['clinic-faq'],
    markup: (items) => faqVariants['clinic-faq'].markup(items),
  },
  'lion-accordion': {
    label: '<lion-accordion> (Lion 0.21)',
    script: '/build/lion-accordion.js',
    tags: ['lion-accordion'],
    markup: (items) => `<lion-accordion>\n${items.map(({ question, answer }) => `<h3 slot="invoker"><button>${escape(question)}</button></h3><div slot="content"><p>${escape(answer)}</p></div>`).join('\n')}\n</lion-accordion>`,
  },
  'sl-details': {
    label: '<sl-details> (Shoelace 2.20)',
    script: '/build/sl-details.js',
    css: '/build/shoelace-light.css',
    tags: ['sl-details'],
    markup: (items) => items.map(({ question, answer }) => `<sl-details summary="${escape(question)}"><p>${escape(answer)}</p></sl-details>`).join('\n'),
  },
};

/**
 * `afterPaint`: the script is imported only after the page's first frame, so every variant upgrades
 * content that is already on screen (what a CMS page with a script from the network does). Without
 * it, whether the module runs before or after the first layout is a race, and the figures of every
 * custom-element variant jump between two modes.
 */
function scriptTag(script, afterPaint) {
  if (!script) return '';
  if (!afterPaint) return `<script type="module" src="${script}"></script>`;
  return `<script type="module">await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); await import(${JSON.stringify(script)});</script>`;
}

function head({ title, tags, probe, script, css, lang = 'nl', afterPaint = false }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title)}</title>
<script>window.__benchTags = ${JSON.stringify(tags)};</script>
<script>${probe}</script>
${css ? `<link rel="stylesheet" href="${css}">` : ''}
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; }</style>
${scriptTag(script, afterPaint)}
</head>`;
}

export function faqPage(variantName, count, probe, { scriptOverride } = {}) {
  const variant = faqVariants[variantName];
  if (!variant) throw new Error(`unknown FAQ variant ${variantName}`);
  const script = scriptOverride ?? variant.script;
  return `${head({ title: `FAQ ${count} — ${variant.label}`, tags: variant.tags, probe, script, css: variant.css, afterPaint: true })}
<body><main><h1>Veelgestelde vragen</h1>
${variant.markup(faqItems(count))}
</main></body></html>`;
}

const towns = ['Deurne', 'Mierlo', 'Gemert', 'Helmond', 'Geldrop', 'Nederweert', 'Asten', 'Someren', 'Venray', 'Boxmeer', 'Uden', 'Veghel', 'Oss', 'Best', 'Veldhoven', 'Eindhoven', 'Nuenen', 'Son', 'Weert', 'Roermond', 'Venlo', 'Tilburg', 'Breda', 'Cuijk', 'Boxtel'];
const villages = ['Liessel', 'Vlierden', 'Bakel', 'Milheeze', 'Stiphout', 'Brandevoort', 'Ospel', 'Leveroy', 'Lierop', 'Heusden', 'Ommel', 'Lungen', 'Mariahout', 'Beek', 'Handel', 'Elsendorp', 'Rijpelberg', 'Dierdonk', 'Zesgehuchten', 'Coevering'];

/** `count` branches; postcodes are disjoint ranges, so a postcode query picks out one branch. */
export function branches(count) {
  return Array.from({ length: count }, (_, i) => {
    const town = towns[i % towns.length];
    const from = 1000 + i * 8;
    return {
      value: `vestiging-${i + 1}`,
      label: `${town} ${Math.floor(i / towns.length) + 1}`,
      lat: (50.8 + ((i * 37) % 100) / 100).toFixed(4),
      lng: (4.5 + ((i * 53) % 200) / 100).toFixed(4),
      postcodes: `${from}-${from + 7}`,
      serves: [villages[i % villages.length], villages[(i * 7 + 3) % villages.length]].join(', '),
      street: `Dorpsstraat ${i + 1}`,
      postcode: `${from + 1} AB`,
    };
  });
}

/** `contentVisibility`: a what-if, page CSS that lets the browser skip off-screen branches. */
export function filterPage(count, probe, script = '/clinic-elements.min.js', { contentVisibility = false } = {}) {
  const items = branches(count)
    .map((b) => `<clinic-location value="${b.value}" label="${escape(b.label)}" lat="${b.lat}" lng="${b.lng}" postcodes="${b.postcodes}" serves="${escape(b.serves)}" href="#contact"><address>${escape(b.street)}, ${b.postcode} ${escape(b.label)}</address><p>Ma–vr 8:00–18:00</p></clinic-location>`)
    .join('\n');
  return `${head({ title: `Locaties ${count}`, tags: ['clinic-location-picker', 'clinic-location'], probe, script, css: '/clinic-elements.css' })}
${contentVisibility ? '<style>clinic-location { content-visibility: auto; contain-intrinsic-size: auto 8rem; }</style>' : ''}
<body><main><h1>Kies een vestiging</h1>
<clinic-location-picker name="vestiging">
${items}
</clinic-location-picker>
</main></body></html>`;
}

export function memoryPage(probe) {
  return `${head({ title: 'Memory', tags: allTags, probe, script: '/clinic-elements.min.js', css: '/clinic-elements.css' })}
<body><main><h1>Memory</h1><div id="stage"></div></main></body></html>`;
}

export function blankPage() {
  return '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>';
}

/**
 * The seed/demo page (as `npm run build` writes it to demo/index.html, rendered here from
 * demo/page.html and examples/ as they are now), with the probe and the chosen script tag
 * (`css: false` drops the optional pre-upgrade stylesheet clinic-elements.css).
 */
export function demoPage(probe, { script = true, css = true, delay = 0, src = '/clinic-elements.min.js', warmIntl = false } = {}) {
  let html = readDemoPage();
  if (!css) html = html.replace(/<link rel="stylesheet" href="\/clinic-elements\.css">\s*/, '');
  const tag = /<script type="module" src="\/clinic-elements\.min\.js"><\/script>\s*/;
  const scriptTag = script ? `<script type="module" src="${src}${delay ? `${src.includes('?') ? '&' : '?'}delay=${delay}` : ''}"></script>\n` : '';
  // warmIntl (a what-if): the page makes its first Intl.NumberFormat before our script runs
  const warm = warmIntl ? "<script>new Intl.NumberFormat(document.documentElement.lang || 'en').format(1);</script>\n" : '';
  const probeTags = `<script>window.__benchTags = ${JSON.stringify(script ? allTags : [])};</script>\n<script>${probe}</script>\n${warm}`;
  const page = tag.test(html) ? html.replace(tag, scriptTag) : html.replace('</head>', `${scriptTag}</head>`);
  return page.replace(/<head>\s*/, (m) => `${m}${probeTags}`);
}

/** Each widget's markup on the demo page (between its `<!-- name:start -->` markers), for the memory case. */
export function demoSections() {
  const html = readDemoPage();
  const sections = {};
  for (const tag of widgetTags) {
    const name = tag.replace(/^clinic-/, '');
    const match = html.match(new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`));
    sections[tag] = match ? match[1].trim() : `<${tag}></${tag}>`;
  }
  return sections;
}
