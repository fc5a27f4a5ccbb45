import { expect, waitUntil } from '@open-wc/testing';

/**
 * Server rendering (issue 15): the seed page's widgets rendered by Lit's server renderer
 * (`@lit-labs/ssr`, test/ssr/render-page.mjs, served as /__ssr-page?render=server by
 * test/ssr/ssr-page.mjs), loaded in the browser, then the widgets' code (the source modules, no
 * hydration support). Each widget must have its declarative shadow root, show its content before
 * the code arrives, and then work exactly as on the same page rendered in the browser
 * (/__ssr-page?render=client): the same controls, once; the same content shown; the same behaviour.
 */

type Widget = HTMLElement & { updateComplete?: Promise<unknown>; value?: unknown };
type PageWindow = Window & typeof globalThis;

const TAGS = ['clinic-symptom-checklist', 'clinic-faq', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form'];

interface OpenedPage {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  warnings: string[];
}

async function openPage(render: 'server' | 'client', page: 'seed' | 'variants' = 'seed'): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:800px;border:0';
  frame.src = `/__ssr-page?render=${render}&page=${page}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // A render that threw answers 500 with the error as text: show it.
  if (doc.contentType !== 'text/html') throw new Error(doc.body.textContent ?? 'server rendering failed');
  const win = frame.contentWindow as PageWindow;
  const warnings: string[] = [];
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { frame, win, doc, warnings };
}

function widgetsOf(doc: Document): Widget[] {
  return [...doc.querySelectorAll<Widget>('*')].filter((element) => element.localName.startsWith('clinic-'));
}

function loadModule(doc: Document, path: string): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL(path, location.href).href;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  return loaded;
}

/** Loads the widgets' code into the page and waits until every widget (branches too) has rendered. */
async function upgrade({ doc, win }: OpenedPage): Promise<void> {
  void loadModule(doc, '/src/index.ts');
  await waitUntil(() => widgetsOf(doc).every((element) => win.customElements.get(element.localName)), 'widgets defined', { timeout: 8000 });
  const widgets = widgetsOf(doc);
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Every element under `root`, inside shadow roots too (the FAQ's controls bar has one of its own). */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The element's own shadow root, its content, and every shadow root below. */
function allOf(host: Element): Element[] {
  return [...(host.shadowRoot ? deepElements(host.shadowRoot) : []), ...deepElements(host)];
}

function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/**
 * What a visitor gets from a widget: its controls (shadow DOM parts and form controls, with their
 * text), and which of the author's pieces of content show.
 */
function describeWidget(widget: Widget) {
  const shadowParts = allOf(widget)
    .filter((element) => element.getRootNode() !== widget.ownerDocument && element.hasAttribute('part'))
    .map((element) => `${element.localName}[${element.getAttribute('part')}]${isRendered(element) ? '' : ' (not shown)'}`)
    .sort();
  const controls = allOf(widget)
    .filter((element) => element.matches('button, input, select, textarea, [role="radio"], [role="checkbox"]'))
    .map((element) => `${element.localName}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} ${(element.textContent ?? '').trim()}${isRendered(element) ? '' : ' (not shown)'}`)
    .sort();
  const content = [...widget.querySelectorAll('li, summary, details > p, tr, clinic-location, p, label, h2, h3')]
    .map((element) => `${element.localName} ${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}: ${isRendered(element) ? 'shown' : 'hidden'}`);
  // Where each piece of content sits: the slot it is in (a labelled group, a message area…).
  const slotting = allOf(widget)
    .filter((element): element is HTMLSlotElement => element.localName === 'slot')
    // (a shadow root that is one unnamed slot shows the content as if there were none: the FAQ's
    // server-rendered root, beside which the browser renders its controls bar)
    // (the page's ShadowRoot is not this window's: compare node types, not classes)
    .filter((slot) => !(slot.parentNode?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (slot.parentNode as ShadowRoot).children.length === 1 && slot.name === ''))
    .map((slot) => `${slot.parentElement?.getAttribute('part') ?? slot.parentElement?.localName ?? 'root'} > slot${slot.name ? `[${slot.name}]` : ''}${slot.className ? `.${slot.className}` : ''}: ${slot.assignedElements().map((element) => element.localName + (element.getAttribute('slot') ? `[slot=${element.getAttribute('slot')}]` : '')).join(' ')}`);
  return { shadowParts, controls, content, slotting };
}

function widget<T extends Widget = Widget>(doc: Document, selector: string): T {
  return doc.querySelector(selector) as T;
}

function shadowPart(host: Element, part: string): HTMLElement | undefined {
  return allOf(host).find((element) => element.getAttribute('part')?.split(' ').includes(part)) as HTMLElement | undefined;
}

describe('server rendering (@lit-labs/ssr): the seed page rendered on the server, then upgraded in the browser', () => {
  let server: OpenedPage;
  let client: OpenedPage;

  before(async function () {
    this.timeout(30000);
    server = await openPage('server');
  });

  after(() => {
    server?.frame.remove();
    client?.frame.remove();
  });

  it('gives every widget (and every branch card) its declarative shadow root', () => {
    const widgets = widgetsOf(server.doc);
    for (const tag of TAGS) expect(server.doc.querySelector(tag), tag).to.not.equal(null);
    expect(widgets.filter((element) => element.localName === 'clinic-location')).to.have.length(6);
    for (const element of widgets) expect(element.shadowRoot, `${element.localName} has a shadow root before its code`).to.not.equal(null);
  });

  it('shows the content as written before the code arrives (nothing hidden by the shadow roots)', () => {
    const { doc } = server;
    const mustShow = [
      ...doc.querySelectorAll('clinic-symptom-checklist li'),
      ...doc.querySelectorAll('clinic-faq summary'),
      ...doc.querySelectorAll('clinic-phase-table tr'),
      ...doc.querySelectorAll('clinic-location-picker > clinic-location'),
      ...doc.querySelectorAll('clinic-contact-form input:not([type="hidden"]), clinic-contact-form textarea, clinic-contact-form button'),
    ];
    expect(mustShow.length).to.be.greaterThan(30);
    expect(mustShow.filter((element) => !isRendered(element)).map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    // The messages wait for the visitor's ticks, as they do before the code arrives on a plain page.
    for (const message of doc.querySelectorAll('clinic-symptom-checklist > [slot]')) expect(isRendered(message), message.textContent!).to.equal(false);
  });

  it('after the code arrives, every widget has the same controls, once, and shows the same content as when rendered in the browser', async function () {
    this.timeout(30000);
    await upgrade(server);
    client = await openPage('client');
    await upgrade(client);
    for (const tag of TAGS) {
      const fromServer = describeWidget(widget(server.doc, tag));
      const inBrowser = describeWidget(widget(client.doc, tag));
      expect(fromServer.shadowParts, `${tag}: parts`).to.deep.equal(inBrowser.shadowParts);
      expect(fromServer.controls, `${tag}: controls`).to.deep.equal(inBrowser.controls);
      expect(fromServer.content, `${tag}: content`).to.deep.equal(inBrowser.content);
      // The checklist's lists stay out of their labelled groups: see the skipped test below.
      if (tag !== 'clinic-symptom-checklist') expect(fromServer.slotting, `${tag}: slots`).to.deep.equal(inBrowser.slotting);
    }
    expect(server.warnings).to.deep.equal(client.warnings);
  });

  // A declarative shadow root assigns slots by name, and keeps doing so when the element asks for
  // slots assigned by hand (attachShadow returns it as it is, in every browser). The checklist
  // assigns its lists to the slots inside their labelled groups by hand, so after server rendering
  // all its content lands in its first slot: ticking, counting and the messages work, but the
  // lists are not inside their labelled role="group" (the headings above them still name them).
  it.skip('symptom checklist: each list inside its labelled group, as when rendered in the browser (not yet: a server-rendered shadow root assigns slots by name, docs/guides/server-rendering.md)', () => {
    expect(describeWidget(widget(server.doc, 'clinic-symptom-checklist')).slotting).to.deep.equal(describeWidget(widget(client.doc, 'clinic-symptom-checklist')).slotting);
  });

  it('FAQ: one search field and one open-all button, which opens every answer', async () => {
    const faq = widget(server.doc, 'clinic-faq');
    expect(allOf(faq).filter((element) => element.matches('input[type="search"]'))).to.have.length(1);
    const toggleAll = shadowPart(faq, 'toggle-all')!;
    expect(toggleAll.textContent).to.contain('Alles openen');
    toggleAll.click();
    await faq.updateComplete;
    expect([...faq.querySelectorAll('details')].every((details) => details.open)).to.equal(true);
    expect(toggleAll.textContent).to.contain('Alles sluiten');
  });

  it('symptom checklist: ticks count, and the match and warning-sign messages show', async () => {
    const checklist = widget(server.doc, 'clinic-symptom-checklist');
    const boxes = allOf(checklist).filter((element) => element.matches('input[type="checkbox"]')) as HTMLInputElement[];
    expect(boxes).to.have.length(7);
    const match = checklist.querySelector('[slot="match"]')!;
    const redFlag = checklist.querySelector('[slot="red-flag"]')!;
    expect(isRendered(match)).to.equal(false);
    boxes[0].click();
    boxes[1].click();
    await checklist.updateComplete;
    expect(checklist.value).to.have.length(2);
    expect(shadowPart(checklist, 'count')!.textContent).to.contain('2 van de 4');
    expect(isRendered(match), 'match message').to.equal(true);
    expect(isRendered(redFlag)).to.equal(false);
    boxes[4].click();
    await checklist.updateComplete;
    expect(isRendered(redFlag), 'warning-sign message').to.equal(true);
  });

  it('phase table: the current phase is marked', async () => {
    const table = widget(server.doc, 'clinic-phase-table');
    table.setAttribute('current', '2');
    await table.updateComplete;
    const current = allOf(table).filter((element) => element.getAttribute('aria-current') === 'step');
    expect(current.length).to.be.greaterThan(0);
    expect(current.every((element) => (element.textContent ?? '').includes('Mobiliteit'))).to.equal(true);
  });

  it('location picker: choosing a branch sets its value and the form field', async () => {
    const picker = widget(server.doc, 'clinic-location-picker');
    const mierlo = picker.querySelector('clinic-location[value="mierlo"]')!;
    const radio = allOf(mierlo).find((element) => element.matches('[role="radio"], input[type="radio"]')) as HTMLElement;
    radio.click();
    await picker.updateComplete;
    expect(picker.value).to.equal('mierlo');
    const form = server.doc.querySelector('clinic-contact-form form') as HTMLFormElement;
    expect(new FormData(form).get('vestiging')).to.equal('mierlo');
  });

  it('contact form: sending it empty shows one error summary and marks the fields', async () => {
    const contactForm = widget(server.doc, 'clinic-contact-form');
    (contactForm.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await contactForm.updateComplete;
    await waitUntil(() => shadowPart(contactForm, 'error-summary'), 'error summary');
    expect(allOf(contactForm).filter((element) => element.getAttribute('part') === 'error-summary')).to.have.length(1);
    expect(contactForm.querySelector('#cf-name')!.getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('server rendering: the attributes that change what a widget renders', () => {
  let server: OpenedPage;
  let client: OpenedPage;

  after(() => {
    server?.frame.remove();
    client?.frame.remove();
  });

  // test/ssr/variants.html: a single-open FAQ and a searchable one with its own texts, phase tables
  // in each layout with a current phase, a checklist with a heading level and a threshold, a picker
  // with a chosen, required, remembered branch in a form, and a contact form that makes its own form.
  it('render on the server without a warning and then match the same widgets rendered in the browser', async function () {
    this.timeout(30000);
    server = await openPage('server', 'variants');
    for (const element of widgetsOf(server.doc)) expect(element.shadowRoot, `${element.localName} has a shadow root before its code`).to.not.equal(null);
    await upgrade(server);
    client = await openPage('client', 'variants');
    await upgrade(client);
    const serverWidgets = widgetsOf(server.doc);
    const clientWidgets = widgetsOf(client.doc);
    expect(serverWidgets.map((element) => element.localName)).to.deep.equal(clientWidgets.map((element) => element.localName));
    serverWidgets.forEach((element, index) => {
      const label = `${element.localName} #${index}`;
      const fromServer = describeWidget(element);
      const inBrowser = describeWidget(clientWidgets[index]);
      expect(fromServer.shadowParts, `${label}: parts`).to.deep.equal(inBrowser.shadowParts);
      expect(fromServer.controls, `${label}: controls`).to.deep.equal(inBrowser.controls);
      expect(fromServer.content, `${label}: content`).to.deep.equal(inBrowser.content);
      if (element.localName !== 'clinic-symptom-checklist') expect(fromServer.slotting, `${label}: slots`).to.deep.equal(inBrowser.slotting);
    });
    expect(widget(server.doc, 'clinic-location-picker').value).to.equal('mierlo');
    expect(new FormData(server.doc.querySelector('#keuze') as HTMLFormElement).get('vestiging')).to.equal('mierlo');
    expect(server.warnings).to.deep.equal(client.warnings);
  });
});

// Lit's hydration support (@lit-labs/ssr-client/lit-element-hydrate-support.js) reuses the server's
// markup as the element's first render, which only works when the browser renders exactly what the
// server did; these widgets read their content first, which the server cannot. The guide says to
// leave them out of server rendering where a framework loads the hydration support on every page.
describe('server rendering with Lit\'s hydration support loaded', () => {
  it.skip('not supported: the widgets render afresh over their declarative shadow root instead (docs/guides/server-rendering.md)', () => {});
});
