import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/contact-form.js';
import type { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import type { ClinicLocation } from '../../../src/components/location-picker/location.js';
import { captureWarnings } from '../../support/warnings.js';
import { branches, picker, radioOf, radios, searchField, settle, shownOrder, status } from './helpers.js';

const prefix = '[clinic-elements] <clinic-location-picker>: ';

/** Renders bad content and returns the picker with the Clinic Elements warnings it logged. */
async function withWarnings(template: TemplateResult) {
  const warnings = captureWarnings();
  try {
    const el = await picker(template);
    await waitUntil(() => warnings.clinic.length > 0, 'expected a warning');
    return { el, warnings: warnings.clinic };
  } finally {
    warnings.restore();
  }
}

describe('<clinic-location-picker> bad input', () => {
  it('logs nothing for good content', async () => {
    const warnings = captureWarnings();
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    // The report comes after a task; wait for a later task so a wrong warning would be caught.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
    expect(el.value).to.equal('');
  });

  it('no locations: one warning, a usable empty picker', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-location-picker><p>Binnenkort</p></clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}has no <clinic-location> children, so there is nothing to choose. Put one <clinic-location value="…" label="…"> inside it for each branch.`]);
    expect(el.checkValidity()).to.be.true;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(searchField(el));
    await expect(el).to.be.accessible();
  });

  it('an editor\'s paragraph among the branches: one warning, left where it is while searching, the branches still work', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-location-picker>
      <p id="intro">Kies de vestiging bij u in de buurt:</p>
      <clinic-location value="a" label="Asten"></clinic-location>
      <clinic-location value="b" label="Bakel"></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}has a <p> among its branches. It is shown where it is, but it is not a branch: put it outside the picker, or inside a <clinic-location>.`]);
    searchField(el).focus();
    await sendKeys({ type: 'a' });
    await settle(el);
    expect([...el.children].map((child) => child.id || child.getAttribute('value'))).to.deep.equal(['intro', 'a', 'b']);
    const intro = el.querySelector('#intro')!.getBoundingClientRect();
    expect(intro.height, 'shown').to.be.greaterThan(0);
    expect(intro.top, 'above the branches').to.be.lessThan(el.querySelector('[value=a]')!.getBoundingClientRect().top);
    radioOf(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('b');
    await expect(el).to.be.accessible();
  });

  it('a branch left unclosed: the next branches are lifted out of it, each with its own content, one warning', async () => {
    // Parsed as written (not by a template): without </clinic-location>, B sits inside A and C inside B.
    const markup =
      '<clinic-location-picker name="v"><clinic-location value="a" label="A"><address>Straat A</address><clinic-location value="b" label="B"><address>Straat B</address><clinic-location value="c" label="C"><address>Straat C</address></clinic-location-picker>';
    const el = document.importNode(new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!, true) as HTMLElement & { value: string };
    expect(el.querySelectorAll(':scope > clinic-location').length, 'nested by the parser').to.equal(1);
    const warnings = captureWarnings();
    try {
      document.body.append(el);
      await waitUntil(() => radios(el as never).filter(Boolean).length === 3, 'three radios');
    } finally {
      warnings.restore();
    }
    expect(warnings.clinic).to.deep.equal([
      "[clinic-elements] <clinic-location-picker>: had its tags split or nested (by WordPress's automatic paragraphs or a missing end tag); mended. In WordPress, use a Custom HTML block.",
    ]);
    expect([...el.children].map((branch) => `${branch.getAttribute('value')}: ${branch.textContent}`)).to.deep.equal(['a: Straat A', 'b: Straat B', 'c: Straat C']);
    radioOf(el as never, 'b').focus();
    await sendKeys({ type: ' ' });
    expect(el.value).to.equal('b');
    el.remove();
  });

  it('a location without value: shown, cannot be chosen, skipped by arrow keys', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-location-picker>
      <clinic-location value="a" label="A"></clinic-location>
      <clinic-location label="Zonder waarde"><address>Ergens 1</address></clinic-location>
      <clinic-location value="c" label="C"></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}<clinic-location> "Zonder waarde" has no value, so it is shown but cannot be chosen. Give it a value="…" that no other branch has.`]);
    expect(radios(el).filter(Boolean)).to.have.length(2);
    expect(el.querySelector('address')!.getBoundingClientRect().height).to.be.greaterThan(0);
    radioOf(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('c');
    await expect(el).to.be.accessible();
  });

  it('a location without label: named by its value', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-location-picker><clinic-location value="deurne"></clinic-location></clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}<clinic-location> "deurne" has no label, so its radio is named by its value. Add label="…" with the branch's name.`]);
    expect(radioOf(el, 'deurne').textContent!.trim()).to.equal('deurne');
    await expect(el).to.be.accessible();
  });

  it('duplicate values: only the first can be chosen', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-location-picker>
      <clinic-location value="a" label="Eerste"></clinic-location>
      <clinic-location value="a" label="Tweede"></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}<clinic-location> "Tweede" has the value "a", which an earlier branch already has, so it is shown but cannot be chosen. Give each branch a value of its own.`]);
    const [first, second] = el.querySelectorAll('clinic-location');
    expect(first.shadowRoot!.querySelector('[role=radio]')).to.exist;
    expect(second.shadowRoot!.querySelector('[role=radio]')).to.equal(null);
    el.value = 'a';
    await settle(el);
    expect(first.shadowRoot!.querySelector('[role=radio]')!.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('lat/lng out of range: one warning naming the branch', async () => {
    const { warnings } = await withWarnings(html`<clinic-location-picker>
      <clinic-location value="x" label="Noordpool+" lat="95" lng="5"></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}<clinic-location> "Noordpool+" has a lat or lng that is not a number within range, so it is never sorted by distance. Give both in decimal degrees, such as lat="51.4613" lng="5.7953".`]);
  });

  it('malformed postcodes: one warning, the valid ranges still work', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-location-picker>
      <clinic-location value="d" label="Deurne" postcodes="5750-5759, 57x0, 5769-5760"></clinic-location>
      <clinic-location value="m" label="Mierlo" postcodes="5730-5731"></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([
      `${prefix}<clinic-location> "Deurne" has postcodes that are not four-digit numbers or ranges (57x0, 5769-5760); they are left out and the others still count. Write them like 5750-5759,5760.`,
    ]);
    searchField(el).focus();
    await sendKeys({ type: '5731' });
    await settle(el);
    expect(shownOrder(el)).to.deep.equal(['Mierlo', 'Deurne']);
  });

  it('script-like labels are shown as text, never run', async () => {
    const label = '<img src=x onerror="window.hacked=1">';
    const { el, warnings } = await withWarnings(html`<clinic-location-picker>
      <clinic-location value="x" label=${label}></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([`${prefix}<clinic-location> "${label}" has a label that looks like HTML; it is shown as text, never as markup. Write the branch's name as plain text.`]);
    expect(radioOf(el, 'x').textContent!.trim()).to.equal(label);
    expect(el.querySelector('clinic-location')!.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    searchField(el).focus();
    await sendKeys({ type: '<img' });
    await settle(el);
    expect(status(el)).to.equal('1 vestiging gevonden');
  });

  it('follows content edits (a CMS live preview) and warns about new problems once', async () => {
    const el = await picker(html`<clinic-location-picker>${branches}</clinic-location-picker>`);
    const warnings = captureWarnings();
    const added = document.createElement('clinic-location');
    added.setAttribute('value', 'asten');
    added.setAttribute('label', 'Asten');
    added.setAttribute('lat', 'x');
    added.setAttribute('lng', 'y');
    el.append(added);
    await waitUntil(() => radios(el).length === 7 && radioOf(el, 'asten'), 'new branch shown');
    await waitUntil(() => warnings.clinic.length > 0);
    added.setAttribute('serves', 'Heusden, Ommel');
    el.querySelector('clinic-location[value=deurne]')!.setAttribute('label', 'Deurne centrum');
    await waitUntil(() => radioOf(el, 'deurne').textContent!.trim() === 'Deurne centrum');
    warnings.restore();
    expect(warnings.clinic).to.deep.equal([`${prefix}<clinic-location> "Asten" has a lat or lng that is not a number within range, so it is never sorted by distance. Give both in decimal degrees, such as lat="51.4613" lng="5.7953".`]);
    searchField(el).focus();
    await sendKeys({ type: 'ommel' });
    await settle(el);
    expect(shownOrder(el)).to.deep.equal(['Asten']);
  });
});

describe('<clinic-location> and <clinic-location-picker> out of place', () => {
  const branchPrefix = '[clinic-elements] <clinic-location>: ';

  /** Puts `template` into the page; gives its wrapper and the Clinic Elements warnings of its first tasks. */
  async function placed(template: TemplateResult) {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div lang="nl">${template}</div>`);
      // A picker reports after a task, a branch after its first update: a frame and a task cover both.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return { wrapper, warnings: warnings.clinic };
    } finally {
      warnings.restore();
    }
  }

  it('a picker inside a branch of another picker: the outer one warns once; each keeps to its own branches', async () => {
    const { wrapper, warnings } = await placed(html`<clinic-location-picker id="outer">
      <clinic-location value="deurne" label="Deurne">
        <clinic-location-picker id="inner"><clinic-location value="asten" label="Asten"></clinic-location></clinic-location-picker>
      </clinic-location>
      <clinic-location value="mierlo" label="Mierlo"></clinic-location>
    </clinic-location-picker>`);
    expect(warnings).to.deep.equal([
      '[clinic-elements] <clinic-location-picker id="outer">: holds another <clinic-location-picker> inside its branch "Deurne" (pasted into the branch, or an end tag missing?). That picker works on its own inside the branch\'s card, and its branches are not choices of this one. Move the inner picker out of the <clinic-location>, or remove one of the two pickers.',
    ]);
    const outer = wrapper.querySelector<ClinicLocationPicker>('#outer')!;
    const inner = wrapper.querySelector<ClinicLocationPicker>('#inner')!;
    radioOf(inner, 'asten').click();
    expect(inner.value).to.equal('asten');
    expect(outer.value).to.equal('');
  });

  it('a branch on its own: a card with its label as the title, nothing to choose, one warning', async () => {
    const { wrapper, warnings } = await placed(html`<clinic-location value="deurne" label="Deurne"><address>Stationsstraat 1</address></clinic-location>`);
    expect(warnings).to.deep.equal([
      `${branchPrefix}the branch "Deurne" is not inside a <clinic-location-picker>, so it is shown as a card with its label as the title, with nothing to choose. Put it inside a <clinic-location-picker> with the other branches, or directly inside a <clinic-contact-form> to offer it in the standard form.`,
    ]);
    const card = wrapper.querySelector<ClinicLocation>('clinic-location')!;
    expect(card.shadowRoot!.querySelector('[role=radio]')).to.equal(null);
    expect(card.shadowRoot!.querySelector('.name')!.textContent).to.equal('Deurne');
  });

  it('a branch inside another branch outside a picker (an end tag missing): each says what is wrong with its place, once', async () => {
    const { warnings } = await placed(html`<clinic-location value="asten" label="Asten"
      ><address>Markt 1</address><clinic-location value="bakel"><address>Kerkstraat 2</address></clinic-location></clinic-location
    >`);
    expect(warnings).to.have.members([
      `${branchPrefix}the branch "Asten" is not inside a <clinic-location-picker>, so it is shown as a card with its label as the title, with nothing to choose. Put it inside a <clinic-location-picker> with the other branches, or directly inside a <clinic-contact-form> to offer it in the standard form.`,
      `${branchPrefix}the branch "bakel" is inside another <clinic-location> "Asten", so it is shown as a card inside that branch's card and cannot be chosen. End each branch with </clinic-location> before the next one starts, and put them all directly inside one <clinic-location-picker>.`,
    ]);
    expect(warnings).to.have.length(2);
  });

  it('branches directly inside a contact form: no warning, its standard form offers them', async () => {
    const { wrapper, warnings } = await placed(html`<clinic-contact-form action="/contact">
      <clinic-location value="deurne" label="Deurne"></clinic-location>
      <clinic-location value="mierlo" label="Mierlo"></clinic-location>
    </clinic-contact-form>`);
    expect(warnings).to.deep.equal([]);
    const offered = wrapper.querySelector<ClinicLocationPicker>('clinic-contact-form form clinic-location-picker')!;
    expect(radios(offered).filter(Boolean)).to.have.length(2);
  });
});
