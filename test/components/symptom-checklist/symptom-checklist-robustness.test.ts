// Issue 16: nothing an editor or a page script does may blank the checklist or make it throw.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { ClinicSymptomChecklist } from '../../../src/symptom-checklist.js';
import { captureWarnings } from '../../support/warnings.js';
import { accessibleNodes } from '../phase-table/a11y-tree.js';
import { COMPLAINTS, RED_FLAGS, WARNING_PREFIX, boxes, part, seed, setup, shown, withWarnings } from './checklist-page.js';

/** Runs `change` and waits for the update it asks for, with every warning it gives. */
async function warningsOf(el: ClinicSymptomChecklist, change: () => void): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    change();
    await el.updateComplete;
    return warnings.clinic;
  } finally {
    warnings.restore();
  }
}

describe('<clinic-symptom-checklist> survives what editors and scripts do', () => {
  afterEach(() => sessionStorage.clear());

  describe('a slot named like a member of every object', () => {
    for (const name of ['valueOf', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      it(`slot="${name}": the checkboxes still appear, the element shows in place, one warning`, async () => {
        const { el, warnings } = await withWarnings(staticHtml`
          <clinic-symptom-checklist lang="nl">
            <h2>Klachten</h2>
            <ul><li>Stijf</li><li>Pijn</li></ul>
            <p slot=${unsafeStatic(JSON.stringify(name))} id="stray">Tekst van de redacteur.</p>
            <p slot="match">Past.</p>
          </clinic-symptom-checklist>
        `);
        expect(warnings).to.deep.equal([
          `${WARNING_PREFIX}A <p> has slot="${name}", which is none of the checklist's messages (match, no-match, red-flag), so it is shown in place as ordinary content. Use one of those names, or remove the slot attribute.`,
        ]);
        expect(boxes(el)).to.have.length(2);
        expect(shown(el.querySelector('#stray'))).to.be.true;
        boxes(el)[0].click();
        boxes(el)[1].click();
        await el.updateComplete;
        expect(el.value).to.deep.equal(['Stijf', 'Pijn']);
        expect(shown(el.querySelector('[slot=match]'))).to.be.true;
        await expect(el).to.be.accessible();
      });
    }
  });

  it('a checklist pasted inside another: one warning from the outer one, and each ticks and counts only its own lists', async () => {
    const { el: outer, warnings } = await withWarnings(html`
      <clinic-symptom-checklist lang="nl" threshold="1">
        <h2>Klachten</h2>
        <ul><li>Stijf</li><li>Pijn</li></ul>
        <clinic-symptom-checklist threshold="1">
          <h2>Klachten</h2>
          <ul><li>Moe</li></ul>
          <ul data-red-flags><li>Koorts</li></ul>
        </clinic-symptom-checklist>
        <p slot="match">Past.</p>
      </clinic-symptom-checklist>
    `);
    const inner = outer.querySelector('clinic-symptom-checklist')!;
    await inner.updateComplete;
    expect(warnings).to.deep.equal([
      `${WARNING_PREFIX}The checklist holds another <clinic-symptom-checklist> (pasted twice, or an end tag missing?). Each checklist ticks and counts only its own lists, so the inner one works on its own, inside this one's content. Remove the outer or the inner tag.`,
    ]);
    expect(boxes(inner).map((box) => box.labels![0].textContent)).to.deep.equal(['Moe', 'Koorts']);
    const changesOfOuter: EventTarget[] = [];
    outer.addEventListener('clinic-symptoms-change', (event) => changesOfOuter.push(event.target!));
    boxes(inner)[1].click();
    await inner.updateComplete;
    await outer.updateComplete;
    expect(inner.redFlags).to.deep.equal(['Koorts']);
    expect(shown(part(inner, 'urgent'))).to.be.true;
    expect(outer.redFlags).to.deep.equal([]);
    expect(shown(part(outer, 'urgent')), 'the outer checklist shows no urgent notice of its own').to.be.false;
    expect(changesOfOuter, 'only the inner checklist told the page').to.deep.equal([inner]);
    boxes(outer)[0].click();
    await outer.updateComplete;
    expect(outer.value).to.deep.equal(['Stijf']);
    expect(inner.value).to.deep.equal([]);
    expect(part(outer, 'count').textContent).to.equal('Je herkent 1 van de 2 klachten.');
  });

  describe('properties set to the wrong type (as frameworks sometimes do): one warning, the default, nothing throws', () => {
    for (const [label, wrong] of [
      ['"abc"', 'abc'],
      ['an object', {}],
      ['true', true],
    ] as const) {
      it(`threshold = ${label} works as the default 2`, async () => {
        const el = await setup();
        const warnings = await warningsOf(el, () => {
          (el as unknown as { threshold: unknown }).threshold = wrong;
        });
        expect(warnings).to.deep.equal([
          `${WARNING_PREFIX}threshold is ${label}, but it must be a whole number from 1 to 4 (the number of complaints), so the checklist uses 2.`,
        ]);
        boxes(el)[0].click();
        await el.updateComplete;
        expect(shown(el.querySelector('[slot=no-match]')), 'one tick is below 2').to.be.true;
        boxes(el)[1].click();
        await el.updateComplete;
        expect(shown(el.querySelector('[slot=match]')), 'two ticks reach 2').to.be.true;
      });
    }

    it('threshold = "3" (a number as text, as a template may pass it) is taken as 3, without a warning', async () => {
      const el = await setup();
      const warnings = await warningsOf(el, () => {
        (el as unknown as { threshold: unknown }).threshold = '3';
      });
      expect(warnings).to.deep.equal([]);
      el.value = COMPLAINTS.slice(0, 2);
      await el.updateComplete;
      expect(shown(el.querySelector('[slot=no-match]'))).to.be.true;
      el.value = COMPLAINTS.slice(0, 3);
      await el.updateComplete;
      expect(shown(el.querySelector('[slot=match]'))).to.be.true;
    });

    for (const [label, wrong] of [
      ['"x"', 'x'],
      ['null', null],
      ['an object', { 0: COMPLAINTS[0] }],
    ] as const) {
      it(`value = ${label} unticks the complaints, leaves the warning signs, and says so once`, async () => {
        const el = await setup();
        boxes(el)[0].click();
        boxes(el)[4].click();
        const warnings = await warningsOf(el, () => {
          (el as unknown as { value: unknown }).value = wrong;
          (el as unknown as { value: unknown }).value = wrong;
        });
        expect(warnings).to.deep.equal([
          `${WARNING_PREFIX}value was set to ${label}, but it must be an array of complaint texts, so no complaint is ticked. Set it to an array such as ["${COMPLAINTS[0]}"], or [] to clear the ticks.`,
        ]);
        expect(el.value).to.deep.equal([]);
        expect(el.redFlags).to.deep.equal([RED_FLAGS[0]]);
        expect(shown(part(el, 'urgent'))).to.be.true;
      });
    }
  });

  describe('an update still pending when the element leaves the page', () => {
    it('does not throw, and the element works when it comes back', async () => {
      const el = await setup();
      const wrapper = el.parentElement!;
      boxes(el)[0].click();
      el.setAttribute('threshold', '3');
      el.setAttribute('heading-level', '4');
      el.value = [COMPLAINTS[1]];
      el.remove();
      await el.updateComplete;
      wrapper.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal([COMPLAINTS[1]]);
      boxes(el)[4].click();
      await el.updateComplete;
      expect(shown(part(el, 'urgent'))).to.be.true;
    });

    it('content removed with the element does not throw either', async () => {
      const el = await setup();
      el.querySelector('ul')!.remove();
      el.replaceChildren();
      el.remove();
      await el.updateComplete;
      expect(boxes(el)).to.have.length(0);
    });
  });

  it('ticks kept in the tab that are not a list of texts (another script wrote them) are ignored', async () => {
    const key = `clinic-elements:checklist:${location.pathname}:klachten`;
    for (const stored of ['{"0":"Stijf"}', '"Stijf"', '42']) {
      sessionStorage.setItem(key, stored);
      const el = await setup(html`<clinic-symptom-checklist remember id="klachten"><ul><li>Pijn</li><li>Stijf</li></ul></clinic-symptom-checklist>`);
      expect(boxes(el), stored).to.have.length(2);
      expect(el.value, stored).to.deep.equal([]);
      boxes(el)[1].click();
      expect(el.value, stored).to.deep.equal(['Stijf']);
      el.remove();
    }
  });

  describe('the urgent notice\'s heading takes its level from the checklist\'s title, else from the page', () => {
    const urgentLevel = (el: ClinicSymptomChecklist) => part(el, 'urgent-heading').getAttribute('aria-level');
    /** The headings a screen reader lists in the checklist, in order: `h<level> text`. */
    const headings = (el: ClinicSymptomChecklist) =>
      accessibleNodes(el)
        .filter(({ role }) => role === 'heading')
        .map(({ element, text }) => `h${element.getAttribute('aria-level') ?? element.localName.slice(1)} ${text}`);

    it('the seed checklist: under its h2 "Herkenbare klachten", beside its h3 "Waarschuwingssignalen" (3), wherever it sits', async () => {
      const atTop = await setup();
      boxes(atTop)[4].click();
      await atTop.updateComplete;
      expect(headings(atTop)).to.deep.equal(['h2 Herkenbare klachten', 'h3 Waarschuwingssignalen', 'h3 Dringend advies: Waarschuwingssignaal aangevinkt']);
      const wrapper = await fixture(html`<div><h1>Artrose</h1><h3>Rugklachten</h3><div>${seed()}</div></div>`);
      const underH3 = wrapper.querySelector('clinic-symptom-checklist')!;
      await underH3.updateComplete;
      expect(urgentLevel(underH3)).to.equal('3');
    });

    it('without a heading of its own: one below the nearest heading before the checklist', async () => {
      const wrapper = await fixture(html`<div><h3>Rugklachten</h3><div><clinic-symptom-checklist><ul><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist></div></div>`);
      const el = wrapper.querySelector('clinic-symptom-checklist')!;
      await el.updateComplete;
      expect(urgentLevel(el)).to.equal('4');
    });

    it('a heading of its own after the notice does not count', async () => {
      const wrapper = await fixture(html`<div><h3>Rugklachten</h3><clinic-symptom-checklist><ul><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul><h2>Nog een vraag?</h2></clinic-symptom-checklist></div>`);
      const el = wrapper.querySelector('clinic-symptom-checklist')!;
      await el.updateComplete;
      expect(urgentLevel(el)).to.equal('4');
    });

    it('2 with no heading in it nor before it', async () => {
      const el = await setup(html`<clinic-symptom-checklist><ul><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist>`);
      expect(urgentLevel(el)).to.equal('2');
    });

    it('heading-level sets it', async () => {
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist heading-level="5"><ul><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([]);
      boxes(el)[1].click();
      await el.updateComplete;
      expect(urgentLevel(el)).to.equal('5');
      await expect(el).to.be.accessible();
    });

    for (const [given, level, problem] of [
      ['9', '6', 'heading-level="9" is outside 2–6, so its headings use level 6.'],
      ['1', '2', 'heading-level="1" is outside 2–6, so its headings use level 2.'],
      ['hoog', '2', 'heading-level="hoog" is not a whole number from 2 to 6, so its headings follow the page\'s headings (level 2).'],
    ]) {
      it(`heading-level="${given}" gives level ${level}, with a warning`, async () => {
        const { el, warnings } = await withWarnings(
          html`<clinic-symptom-checklist heading-level=${given}><ul><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist>`,
        );
        expect(warnings).to.deep.equal([WARNING_PREFIX + problem]);
        expect(urgentLevel(el)).to.equal(level);
      });
    }
  });
});
