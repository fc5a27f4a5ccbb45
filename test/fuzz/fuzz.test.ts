import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { examples, exampleHtml } from '../../examples/index.js';

// A seeded fuzzer over the seed markup (issue 16): each run builds at least 200 pages from the seed
// clinic's widgets with hostile attribute values, broken nesting, WordPress's stray <p>/<br>, widgets
// pasted twice or inside themselves, live edits after upgrade and properties of the wrong type, and
// checks that no page error, no hang, no execution of page text and no lost content happens.
// Reproducible: page n of a run uses seed BASE_SEED + n; a failure names the seed and the markup.

const BASE_SEED = 20261206;
const PAGES = 200;
/** A page that takes longer than this to upgrade, edit and settle counts as hanging. */
const HANG_MS = 3000;

/** mulberry32: a small, seedable pseudo-random generator (the same numbers for the same seed). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fuzzer {
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}

function fuzzer(seed: number): Fuzzer {
  const random = randomFrom(seed);
  return {
    pick: (list) => list[Math.floor(random() * list.length)],
    chance: (probability) => random() < probability,
  };
}

declare global {
  interface Window {
    /** Called by every hostile payload: if it runs, page text was executed. */
    __fuzzExecuted?: (where: string) => void;
  }
}

const executed: string[] = [];
window.__fuzzExecuted = (where) => executed.push(where);

/** Values an editor, a CMS or an attacker might put in any attribute. */
const hostileValues = [
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  '1e309',
  '99999999999999999999',
  'true',
  'null',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '<img src=x onerror="__fuzzExecuted(\'attribute img\')">',
  '"><script>__fuzzExecuted("attribute script")</script>',
  'javascript:__fuzzExecuted("javascript url")',
  'data:text/html,<script>__fuzzExecuted("data url")</script>',
  '{{constructor.constructor("__fuzzExecuted(\'template\')")()}}',
  '${__fuzzExecuted("template literal")}',
  '💥 ünïcödé ‮ rtl',
  'x'.repeat(2000),
];

/** Attributes the widgets read, and a few they don't. */
const attributeNames: Record<string, string[]> = {
  'clinic-faq': ['single', 'searchable', 'no-schema', 'data-i18n-open-all', 'lang', 'heading-level', 'id'],
  'clinic-symptom-checklist': ['threshold', 'remember', 'data-i18n-reset', 'lang', 'heading-level', 'id'],
  'clinic-phase-table': ['current', 'layout', 'lang', 'heading-level', 'id'],
  'clinic-location-picker': ['name', 'value', 'required', 'geolocation', 'label', 'remember', 'disabled', 'lang'],
  'clinic-contact-form': ['action', 'method', 'enctype', 'timeout', 'min-fill-ms', 'no-draft', 'lang', 'heading-level', 'phone'],
};

/** Properties frameworks set, with values of the wrong type. */
const propertyNames: Record<string, string[]> = {
  'clinic-faq': ['single', 'searchable'],
  'clinic-symptom-checklist': ['threshold', 'value', 'remember'],
  'clinic-phase-table': ['current', 'layout'],
  'clinic-location-picker': ['value', 'name', 'label', 'required', 'disabled', 'geolocation'],
  'clinic-contact-form': ['action', 'method', 'enctype', 'timeout', 'minFillMs'],
};
const wrongTypes: unknown[] = [true, false, 0, 1, -1, 3.7, NaN, null, undefined, {}, [], ['a', 1, null], { toString: () => 'x' }, () => 1, '<b>x</b>'];

/**
 * Hostile text for the content: markup an editor typed that the CMS escaped (so it is text on the page).
 * The widgets must show it as text and never turn it into markup. (Real markup in the content is
 * the browser's to run before any script of ours, so it proves nothing here.)
 */
const hostileTexts = [
  '<img src=x onerror="__fuzzExecuted(\'content img\')">',
  '&lt;script&gt;__fuzzExecuted("escaped")&lt;/script&gt;',
  '<svg onload="__fuzzExecuted(\'content svg\')"></svg>',
  '<a href="javascript:__fuzzExecuted(\'content link\')">link</a>',
];

const widgetTags = Object.keys(attributeNames);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Breaks markup the way editors and CMSs do. */
function breakMarkup(html: string, fuzz: Fuzzer): string {
  let broken = html;
  // a missing end tag of an element inside the widget
  if (fuzz.chance(0.25)) {
    const endTags = [...broken.matchAll(/<\/(li|ul|details|p|tr|td|th|table|address|clinic-location|form|label)>/g)];
    if (endTags.length > 0) {
      const end = fuzz.pick(endTags);
      broken = broken.slice(0, end.index) + broken.slice(end.index! + end[0].length);
    }
  }
  // WordPress's automatic paragraphs: each line that holds only a tag wrapped in <p>, stray <br>s
  if (fuzz.chance(0.25)) broken = broken.replace(/^(\s*)(<[^>]+>)\s*$/gm, (_line, indent, tag) => `${indent}<p>${tag}</p>`);
  if (fuzz.chance(0.2)) broken = broken.replace(/\n/g, () => (fuzz.chance(0.3) ? '<br />\n' : '\n'));
  // an empty list or table
  if (fuzz.chance(0.1)) broken = broken.replace(/<li>[\s\S]*?<\/li>/g, '');
  return broken;
}

interface GeneratedPage {
  html: string;
  /** Text that must still be on the page afterwards (unless a live edit removed it). */
  markers: string[];
}

/** One widget's markup from a seed example, with a marker in its first text and hostile attributes. */
function widgetMarkup(tag: string, fuzz: Fuzzer, index: number): GeneratedPage {
  const variants = Object.values(examples[tag as keyof typeof examples]);
  const example = fuzz.pick(variants);
  const marker = `fuzzmark${index}x`;
  const attributes: Record<string, string | true> = { ...example.attributes };
  for (const name of attributeNames[tag]) {
    if (fuzz.chance(0.25)) attributes[name] = fuzz.pick(hostileValues);
  }
  // A marker in the first text of the content (a question, a complaint, a caption, a branch, a label).
  let content = example.content.replace(/>([^<>\s][^<>]{3,})</, (_whole, text) => `>${marker} ${text}<`);
  if (fuzz.chance(0.3)) content = content.replace(/>([^<>\s][^<>]{3,})</, (_whole, text) => `>${text} ${escapeHtml(fuzz.pick(hostileTexts))}<`);
  let html = exampleHtml(tag, { ...example, attributes, content });
  html = breakMarkup(html, fuzz);
  // pasted twice, or a copy inside itself (an unclosed end tag, a double paste)
  if (fuzz.chance(0.1)) html = `${html}\n${html}`;
  if (fuzz.chance(0.1)) html = html.replace(/<\/clinic-[a-z-]+>\s*$/, (end) => `${exampleHtml(tag, example)}${end}`);
  // (breaking the markup may have emptied the list that held the marker)
  return { html, markers: html.includes(marker) ? [marker] : [] };
}

function generatePage(seed: number): GeneratedPage {
  const fuzz = fuzzer(seed);
  const count = 1 + Math.floor(fuzz.chance(0.5) ? 0 : 2);
  const parts = Array.from({ length: count }, (_, index) => widgetMarkup(fuzz.pick(widgetTags), fuzz, index));
  const heading = fuzz.pick(['', '<h1>Artrose</h1>', '<h2>Klachten</h2>', '<h4>Diep</h4>']);
  return { html: `${heading}\n${parts.map((part) => part.html).join('\n<p>Tussentekst</p>\n')}`, markers: parts.flatMap((part) => part.markers) };
}

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function settle(container: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = [...container.querySelectorAll<Updatable>(widgetTags.join(','))];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await nextTask();
  }
}

/** Edits after upgrade: a CMS live preview or a page script changing content, attributes, properties. */
function editLive(container: HTMLElement, fuzz: Fuzzer, removedMarkers: Set<string>): void {
  const widgets = [...container.querySelectorAll<HTMLElement>(widgetTags.join(','))];
  for (const widget of widgets) {
    const tag = widget.localName;
    if (fuzz.chance(0.4)) widget.setAttribute(fuzz.pick(attributeNames[tag]), fuzz.pick(hostileValues));
    if (fuzz.chance(0.4)) (widget as unknown as Record<string, unknown>)[fuzz.pick(propertyNames[tag])] = fuzz.pick(wrongTypes);
    if (fuzz.chance(0.2)) widget.removeAttribute(fuzz.pick(attributeNames[tag]));
    if (fuzz.chance(0.2)) {
      const item = widget.querySelector('li, details, tr, clinic-location');
      if (item) {
        for (const marker of removedMarkersIn(item)) removedMarkers.add(marker);
        item.remove();
      }
    }
    if (fuzz.chance(0.2)) {
      const list = widget.querySelector('ul, ol, tbody, clinic-location-picker') ?? widget;
      const added = document.createElement(list.localName === 'tbody' ? 'tr' : list.localName === 'clinic-location-picker' ? 'clinic-location' : list === widget && tag === 'clinic-faq' ? 'details' : 'li');
      added.textContent = fuzz.pick(hostileTexts);
      list.append(added);
    }
    if (fuzz.chance(0.05)) {
      for (const marker of removedMarkersIn(widget)) removedMarkers.add(marker);
      widget.remove();
    }
  }
}

function removedMarkersIn(node: Element): string[] {
  return [...(node.textContent ?? '').matchAll(/fuzzmark\d+x/g)].map((match) => match[0]);
}

describe('fuzzing the widgets with the seed markup (issue 16)', function () {
  this.timeout(PAGES * HANG_MS);

  it(`${PAGES} generated pages: no page error, hang, execution or lost content`, async () => {
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason?.message ?? event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const warn = console.warn;
    console.warn = () => {};
    const failures: string[] = [];
    try {
      for (let page = 0; page < PAGES; page++) {
        const seed = BASE_SEED + page;
        const fuzz = fuzzer(seed ^ 0x5bd1e995);
        const { html, markers } = generatePage(seed);
        const started = performance.now();
        const container = document.createElement('div');
        document.body.append(container);
        const errorsBefore = pageErrors.length;
        const executedBefore = executed.length;
        const removedMarkers = new Set<string>();
        try {
          container.innerHTML = html;
          await settle(container);
          editLive(container, fuzz, removedMarkers);
          await settle(container);
          const took = performance.now() - started;
          const text = container.textContent ?? '';
          const lost = markers.filter((marker) => !removedMarkers.has(marker) && !text.includes(marker));
          const problems = [
            ...pageErrors.slice(errorsBefore).map((message) => `page error: ${message}`),
            ...executed.slice(executedBefore).map((where) => `executed: ${where}`),
            ...(took > HANG_MS ? [`took ${Math.round(took)} ms (a hang)`] : []),
            ...lost.map((marker) => `lost content: ${marker}`),
          ];
          if (problems.length > 0) failures.push(`seed ${seed}: ${problems.join('; ')}\n${html.slice(0, 600)}`);
        } catch (error) {
          failures.push(`seed ${seed}: threw ${(error as Error).message}\n${html.slice(0, 600)}`);
        } finally {
          container.remove();
        }
      }
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(failures.slice(0, 5).join('\n\n'), `${failures.length} of ${PAGES} pages failed`).to.equal('');
  });
});
