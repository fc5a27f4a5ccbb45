import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../../support/warnings.js';
import '../../../src/faq.js';
import type { ClinicFaq } from '../../../src/faq.js';
import { details, part, schemaOf, seedItems, summaries } from './seed.js';

/** The browser's find-in-page as script can use it (not in TypeScript's DOM types: non-standard). */
const find = (text: string) => (window as unknown as { find(text: string): boolean }).find(text);

const dutch = (attributes = '') => {
  const wrapper = document.createElement('div');
  wrapper.lang = 'nl';
  return fixture<ClinicFaq>(html`<clinic-faq>${seedItems}</clinic-faq>`, { parentNode: wrapper }).then(async (el) => {
    for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, '');
    await el.updateComplete;
    return el;
  });
};

describe('<clinic-faq>', () => {
  it('keeps the author’s details in place, gives each a stable id and is accessible closed and open', async () => {
    const el = await dutch();
    const items = details(el);
    expect(items).to.have.length(5);
    expect(items.every((item) => item.parentElement === el)).to.equal(true);
    expect(items.map((item) => item.id)).to.deep.equal([
      'ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn',
      'is-bewegen-veilig-met-artrose',
      'welke-sport-is-geschikt',
      'heeft-een-injectie-of-pijnstiller-zin',
      'huisarts',
    ]);
    await expect(el).to.be.accessible();
    part(el, 'toggle-all')!.click();
    await el.updateComplete;
    expect(items.every((item) => item.open)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('gives the questions their built-in look when the page has no pre-upgrade stylesheet', async () => {
    const el = await dutch();
    expect(getComputedStyle(summaries(el)[0]).fontWeight).to.equal('600');
    expect(getComputedStyle(details(el)[0]).borderBottomStyle).to.equal('solid');
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('Enter and Space on a question toggle its answer and report it with clinic-faq-toggle', async () => {
    const el = await dutch();
    const [first] = summaries(el);
    first.focus();
    let event = oneEvent(el, 'clinic-faq-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ id: 'ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn', question: 'Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?', open: true });
    event = oneEvent(el, 'clinic-faq-toggle');
    await sendKeys({ press: ' ' });
    expect((await event).detail.open).to.equal(false);
    expect(details(el)[0].open).to.equal(false);
  });

  it('ArrowDown/ArrowUp move to the next/previous question and wrap; Home/End go to the first/last', async () => {
    const el = await dutch();
    const keys = summaries(el);
    keys[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(keys[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement).to.equal(keys[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(keys[0]);
    await sendKeys({ press: 'End' });
    expect(document.activeElement).to.equal(keys[4]);
    await sendKeys({ press: 'Home' });
    expect(document.activeElement).to.equal(keys[0]);
    expect(details(el).some((item) => item.open)).to.equal(false);
  });

  it('the toggle-all button says what it will do, in the page’s language', async () => {
    const el = await dutch();
    const button = part(el, 'toggle-all')!;
    expect(button.textContent!.trim()).to.equal('Alles openen');
    button.click();
    await el.updateComplete;
    expect(details(el).every((item) => item.open)).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Alles sluiten');
    button.click();
    await el.updateComplete;
    expect(details(el).some((item) => item.open)).to.equal(false);
    expect(button.textContent!.trim()).to.equal('Alles openen');
    // Opening every item one by one changes the label too.
    for (const item of details(el)) item.open = true;
    await waitUntil(() => button.textContent!.trim() === 'Alles sluiten');
  });

  it('speaks English on an English page and takes replacement texts from data-i18n-*', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = await fixture<ClinicFaq>(html`<clinic-faq searchable>${seedItems}</clinic-faq>`, { parentNode: wrapper });
    expect(part(el, 'toggle-all')!.textContent!.trim()).to.equal('Open all');
    expect(part(el, 'search-label')!.textContent!.trim()).to.equal('Search the questions');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('5 questions');
    el.setAttribute('data-i18n-open-all', 'Show every answer');
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'toggle-all')!.textContent!.trim()).to.equal('Show every answer');
  });

  it('single: opening one answer closes the other, without an open-all control', async () => {
    const el = await dutch('single');
    expect(part(el, 'toggle-all')).to.equal(null);
    const [a, b] = details(el);
    expect(a.getAttribute('name')).to.be.a('string').and.equal(b.getAttribute('name'));
    summaries(el)[0].click();
    await waitUntil(() => a.open);
    summaries(el)[1].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => b.open && !a.open);
    await expect(el).to.be.accessible();
    el.single = false;
    await el.updateComplete;
    expect(a.hasAttribute('name')).to.equal(false);
    expect(part(el, 'toggle-all')).not.to.equal(null);
  });

  it('single: of several answers open in the HTML only the first stays open', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq single>
      <details open><summary>Een</summary><p>1</p></details><details open><summary>Twee</summary><p>2</p></details>
    </clinic-faq>`);
    expect(details(el).map((item) => item.open)).to.deep.equal([true, false]);
  });

  it('searchable: a labelled field hides questions that do not match and says how many match', async () => {
    const el = await dutch('searchable');
    const input = part<HTMLInputElement>(el, 'search-input')!;
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('5 vragen');
    await expect(el).to.be.accessible();
    input.focus();
    await sendKeys({ type: 'zwemmen' });
    await el.updateComplete;
    expect(details(el).map((item) => item.hidden)).to.deep.equal([true, true, false, true, true]);
    expect(status.textContent!.trim()).to.equal('1 van 5 vragen');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'xyz' });
    await el.updateComplete;
    expect(details(el).every((item) => item.hidden)).to.equal(true);
    expect(status.textContent!.trim()).to.equal('Geen vraag gevonden');
    input.select();
    await sendKeys({ type: 'ARTROSE' });
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('2 van 5 vragen');
    // Arrow keys and open all act on what is shown.
    summaries(el)[1].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(summaries(el)[0]);
    part(el, 'toggle-all')!.click();
    await el.updateComplete;
    expect(details(el).map((item) => item.open)).to.deep.equal([true, true, false, false, false]);
    expect(part(el, 'toggle-all')!.textContent!.trim()).to.equal('Alles sluiten');
    input.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(details(el).some((item) => item.hidden)).to.equal(false);
    expect(status.textContent!.trim()).to.equal('5 vragen');
  });

  it('searchable: leaves items the author hid hidden', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq searchable>
      <details hidden><summary>Verborgen sport</summary><p>x</p></details><details><summary>Sport</summary><p>y</p></details>
    </clinic-faq>`);
    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.focus();
    await sendKeys({ type: 'zzz' });
    input.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(details(el).map((item) => item.hidden)).to.deep.equal([true, false]);
  });

  it('opens and scrolls to the item named in the address on load', async () => {
    history.replaceState(null, '', '#welke-sport-is-geschikt');
    try {
      const page = await fixture(html`<div><div style="height: 150vh"></div><clinic-faq>${seedItems}</clinic-faq><div style="height: 150vh"></div></div>`);
      const el = page.querySelector('clinic-faq')!;
      const target = details(el)[2];
      expect(target.open).to.equal(true);
      expect(details(el).filter((item) => item.open)).to.have.length(1);
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 2, 'scrolled to the item');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      scrollTo(0, 0);
    }
  });

  it('opens the item when a link to it is followed later (hashchange), and focuses its question', async () => {
    const el = await dutch('searchable');
    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.focus();
    await sendKeys({ type: 'zwemmen' });
    await el.updateComplete;
    try {
      const changed = oneEvent(window, 'hashchange');
      location.hash = 'huisarts';
      await changed;
      await waitUntil(() => document.activeElement === summaries(el)[4]);
      expect(details(el)[4].open).to.equal(true);
      expect(details(el)[4].hidden, 'the filter is cleared to show it').to.equal(false);
      expect(input.value).to.equal('');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('lets find-in-page reach text inside closed answers and open them', async function () {
    // Only where script can drive the browser's find: Firefox's find() opens closed details
    // like its find bar does; Chromium's find() skips closed details (its find bar opens them).
    const plain = await fixture(html`<div><details><summary>Proef</summary><p>proefwoord-zoeken</p></details></div>`);
    find('proefwoord-zoeken');
    const probe = plain.querySelector('details')!;
    const reachesClosedDetails = await waitUntil(() => probe.open, '', { timeout: 1000 }).then(() => true, () => false);
    plain.remove();
    getSelection()!.removeAllRanges();
    if (!reachesClosedDetails) this.skip();
    const el = await dutch();
    const item = details(el)[3];
    const event = oneEvent(el, 'clinic-faq-toggle');
    expect(find('stemmen medicatie af')).to.equal(true);
    expect(item.contains(getSelection()!.anchorNode)).to.equal(true);
    await waitUntil(() => item.open, 'the browser opens the answer it found text in');
    expect((await event).detail).to.include({ id: 'heeft-een-injectie-of-pijnstiller-zin', open: true });
    getSelection()!.removeAllRanges();
  });

  it('emits one FAQPage JSON-LD script that follows the content and goes with no-schema', async () => {
    const el = await dutch();
    const schema = schemaOf(el);
    expect(schema['@type']).to.equal('FAQPage');
    expect(schema.mainEntity).to.have.length(5);
    expect(schema.mainEntity[4]).to.deep.equal({
      '@type': 'Question',
      name: 'Wanneer moet ik naar de (huis)arts?',
      acceptedAnswer: { '@type': 'Answer', text: 'Bij onverklaarbare koorts/ziek gevoel, onverwachte forse uitval of als pijn ondanks opbouw niet afneemt. Twijfel? Bel altijd.' },
    });
    const extra = document.createElement('details');
    extra.append(Object.assign(document.createElement('summary'), { textContent: 'Wat kost het?' }), Object.assign(document.createElement('p'), { textContent: '</script><b>Vergoed</b>' }));
    el.append(extra);
    await waitUntil(() => schemaOf(el).mainEntity?.length === 6);
    expect(schemaOf(el).mainEntity[5].acceptedAnswer.text).to.equal('</script><b>Vergoed</b>');
    expect(el.querySelector('script')!.textContent).not.to.include('</script>');
    summaries(el)[0].textContent = 'Nieuwe vraag?';
    await waitUntil(() => schemaOf(el).mainEntity[0].name === 'Nieuwe vraag?');
    el.noSchema = true;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
    el.noSchema = false;
    await el.updateComplete;
    expect(schemaOf(el).mainEntity).to.have.length(6);
    el.remove();
    expect(document.querySelector('script[data-clinic-faq-schema]')).to.equal(null);
  });

  it('writes its JSON-LD in a task after the upgrade (the first paint does not wait for it), and updateComplete waits for it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
    const el = document.createElement('clinic-faq') as ClinicFaq;
    el.innerHTML = '<details><summary>Is bewegen veilig?</summary><p>Ja, in de meeste gevallen.</p></details>';
    wrapper.append(el);
    // Still the task that upgraded it: the question has its id, the JSON-LD is not there yet.
    expect(details(el)[0].id).to.equal('is-bewegen-veilig');
    expect(schemaOf(el)).to.equal(0);
    await el.updateComplete;
    expect(schemaOf(el).mainEntity).to.deep.equal([
      { '@type': 'Question', name: 'Is bewegen veilig?', acceptedAnswer: { '@type': 'Answer', text: 'Ja, in de meeste gevallen.' } },
    ]);
  });

  it('reads whether the page has the pre-upgrade rules before it writes anything (so the read costs no restyle), and styles its items', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('clinic-faq') as ClinicFaq;
    el.innerHTML = '<details><summary>Is bewegen veilig?</summary><p>Ja.</p></details>';
    const idsWhenRead: string[] = [];
    const original = window.getComputedStyle;
    window.getComputedStyle = (element, pseudo) => {
      if (element === el) idsWhenRead.push(details(el)[0].id);
      return original.call(window, element, pseudo);
    };
    try {
      root.append(el);
      await el.updateComplete;
    } finally {
      window.getComputedStyle = original;
    }
    expect(idsWhenRead, 'read once, before the question got its id').to.deep.equal(['']);
    expect(details(el)[0].id).to.equal('is-bewegen-veilig');
    expect(getComputedStyle(summaries(el)[0]).fontWeight).to.equal('600');
  });

  it('keeps its controls and structured data when a CMS replaces all the content', async () => {
    const el = await dutch();
    const fresh = document.createElement('details');
    fresh.append(Object.assign(document.createElement('summary'), { textContent: 'Nieuwe vraag?' }), 'Nieuw antwoord.');
    el.replaceChildren(fresh);
    await waitUntil(() => schemaOf(el)?.mainEntity?.length === 1);
    expect(el.firstElementChild!.hasAttribute('data-clinic-faq-controls')).to.equal(true);
    expect(fresh.id).to.equal('nieuwe-vraag');
    part(el, 'toggle-all')!.click();
    await waitUntil(() => fresh.open);
    await expect(el).to.be.accessible();
  });

  it('follows items added, removed and edited later (a CMS live preview)', async () => {
    const el = await dutch();
    const added = document.createElement('details');
    added.append(Object.assign(document.createElement('summary'), { textContent: 'Welke sport is geschikt?' }), 'Zie boven.');
    const warnings = captureWarnings();
    el.append(added);
    await waitUntil(() => added.id === 'welke-sport-is-geschikt-2');
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([
      '[clinic-elements] <clinic-faq>: has the question "Welke sport is geschikt?" twice. Both are shown, but visitors and search engines cannot tell them apart: merge them, or word one differently.',
    ]);
    details(el)[0].remove();
    await waitUntil(() => schemaOf(el).mainEntity?.length === 5);
    summaries(el)[4].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(summaries(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement).to.equal(added.querySelector('summary'));
  });
});
