import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClinicSymptomChecklist, ClinicSymptomsChangeDetail } from '../../../src/symptom-checklist.js';
import { registerTranslation } from '../../../src/index.js';
import { captureWarnings } from '../../support/warnings.js';
import { COMPLAINTS, RED_FLAGS, WARNING_PREFIX, boxes, live, part, pressSpaceOn, recordAnnouncements, setup, shown, tabTo, withWarnings } from './checklist-page.js';

/**
 * Ticks `box` with Space, as a visitor does, and checks what a screen reader hears then: exactly
 * `announcement` ("polite: …" or "assertive: …"), while the other live region stays empty.
 */
async function expectAnnouncedOnTick(el: ClinicSymptomChecklist, box: HTMLInputElement, announcement: string) {
  const announcements = recordAnnouncements(el);
  await pressSpaceOn(el, box);
  await waitUntil(() => announcements.heard.length === 1);
  announcements.stop();
  expect(announcements.heard).to.deep.equal([announcement]);
  expect(live(el, announcement.startsWith('polite: ') ? 'assertive' : 'polite'), 'the other live region').to.equal('');
}

describe('<clinic-symptom-checklist>', () => {
  afterEach(() => sessionStorage.clear());

  describe('checkboxes', () => {
    it('turns each list item into a checkbox named exactly by the item text', async () => {
      const el = await setup();
      const inputs = boxes(el);
      expect(inputs).to.have.length(7);
      expect(inputs.map((input) => input.labels![0].textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([...COMPLAINTS, ...RED_FLAGS]);
      for (const input of inputs) {
        expect(input.labels).to.have.length(1);
        expect(input.hasAttribute('aria-label') || input.hasAttribute('aria-labelledby')).to.be.false;
        expect(input.closest('li')).to.exist;
      }
      await expect(el).to.be.accessible();
    });

    it('puts each list in a group named by the heading before it', async () => {
      const el = await setup();
      const groups = [...el.shadowRoot!.querySelectorAll('[role=group]')];
      expect(groups.map((group) => group.getAttribute('aria-label'))).to.deep.equal(['Herkenbare klachten', 'Waarschuwingssignalen']);
      const [complaints, redFlags] = el.querySelectorAll('ul');
      expect(complaints.assignedSlot!.parentElement).to.equal(groups[0]);
      expect(redFlags.assignedSlot!.parentElement).to.equal(groups[1]);
    });

    it('names a group without a heading with a built-in legend', async () => {
      const el = await setup(html`<clinic-symptom-checklist lang="en"><ul><li>Stiff</li></ul><ul data-red-flags><li>Fever</li></ul></clinic-symptom-checklist>`);
      const groups = [...el.shadowRoot!.querySelectorAll('[role=group]')];
      expect(groups.map((group) => group.getAttribute('aria-label'))).to.deep.equal(['Your complaints', 'Warning signs']);
      await expect(el).to.be.accessible();
    });

    it('is used with Tab and Space alone', async () => {
      const el = await setup();
      const inputs = boxes(el);
      await pressSpaceOn(el, inputs[0]);
      expect(inputs[0].checked).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(inputs[1]);
      await sendKeys({ press: ' ' });
      expect(inputs[1].checked).to.be.true;
      await sendKeys({ press: ' ' });
      expect(inputs[1].checked).to.be.false;
    });

    it('keeps a link inside an item usable: reachable by Tab, and following it does not tick', async () => {
      const warnings = captureWarnings();
      const el = await setup(html`<clinic-symptom-checklist><ul><li>Pijn, zie <a href="#uitleg">uitleg</a></li><li>Stijf</li></ul></clinic-symptom-checklist>`);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([
        `[clinic-elements] <clinic-symptom-checklist>: The item "Pijn, zie uitleg" has a link or form control in its label. It stays usable, and using it does not tick the item, but a screen reader reads it as part of the checkbox: put it after the list if you can.`,
      ]);
      const [first] = boxes(el);
      const link = el.querySelector('a')!;
      expect(first.labels![0].textContent!.trim()).to.equal('Pijn, zie uitleg');
      await tabTo(first);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      expect(first.checked).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('keeps the author\'s inline markup inside the label, without a warning', async () => {
      const warnings = captureWarnings();
      const el = await setup(html`<clinic-symptom-checklist><ul><li>Pijn <strong>laag</strong> in de rug</li><li>Stijf</li></ul></clinic-symptom-checklist>`);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([]);
      expect(el.querySelector('label strong')!.textContent).to.equal('laag');
      expect(el.value).to.deep.equal([]);
      boxes(el)[0].click();
      expect(el.value).to.deep.equal(['Pijn laag in de rug']);
    });
  });

  describe('result', () => {
    it('shows nothing but the lists while nothing is ticked', async () => {
      const el = await setup();
      expect(shown(part(el, 'urgent'))).to.be.false;
      expect(shown(part(el, 'result'))).to.be.false;
      expect(shown(part(el, 'reset'))).to.be.false;
      for (const message of el.querySelectorAll('[slot]')) expect(shown(message), message.getAttribute('slot')!).to.be.false;
      expect(live(el, 'polite')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('below the threshold shows the count and the no-match message, and says so politely', async () => {
      const el = await setup();
      await expectAnnouncedOnTick(el, boxes(el)[0],
        'polite: Je herkent 1 van de 4 klachten. Herken je weinig van deze klachten? Twijfel je toch, stel je vraag.');
      expect(part(el, 'count').textContent).to.equal('Je herkent 1 van de 4 klachten.');
      expect(shown(el.querySelector('[slot=no-match]'))).to.be.true;
      expect(shown(el.querySelector('[slot=match]'))).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('at the threshold shows the match message instead, announced once', async () => {
      const el = await setup();
      const inputs = boxes(el);
      await pressSpaceOn(el, inputs[0]);
      const announcements = recordAnnouncements(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shown(el.querySelector('[slot=match]'))).to.be.true;
      expect(shown(el.querySelector('[slot=no-match]'))).to.be.false;
      expect(part(el, 'count').textContent).to.equal('Je herkent 2 van de 4 klachten.');
      await expect(el).to.be.accessible();
      // A third tick changes the count but not the result: nothing more is announced.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(part(el, 'count').textContent).to.equal('Je herkent 3 van de 4 klachten.');
      await waitUntil(() => announcements.heard.length > 0);
      expect(announcements.heard).to.deep.equal(['polite: Je herkent 2 van de 4 klachten. Dit past bij artrose in de wervelkolom. Maak een afspraak']);
      announcements.stop();
    });

    it('uses built-in messages when the author gave none', async () => {
      const el = await setup(html`<clinic-symptom-checklist lang="en" threshold="1"><ul><li>Stiff</li><li>Sore</li></ul></clinic-symptom-checklist>`);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(part(el, 'result').textContent!.replace(/\s+/g, ' ').trim()).to.equal('You recognise 1 of the 2 complaints.');
      await expect(el).to.be.accessible();
    });

    it('a ticked red flag shows the urgent notice right after the warning signs, above the result and the reset button, announced assertively', async () => {
      const el = await setup();
      await expectAnnouncedOnTick(el, boxes(el)[4],
        'assertive: Dringend advies: Waarschuwingssignaal aangevinkt. Neem contact op met je huisarts. Twijfel? Bel altijd.');
      const urgent = part(el, 'urgent');
      expect(shown(urgent)).to.be.true;
      // Issue 17: below the warning signs, so nothing the visitor may tap next moves; above what else shows.
      expect(urgent.getBoundingClientRect().top).to.be.at.least(el.querySelector('ul[data-red-flags]')!.getBoundingClientRect().bottom);
      expect(urgent.getBoundingClientRect().bottom).to.be.at.most(part(el, 'reset').getBoundingClientRect().top);
      expect(shown(el.querySelector('[slot=red-flag]'))).to.be.true;
      const heading = part(el, 'urgent-heading');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Dringend advies:');
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Dringend advies: Waarschuwingssignaal aangevinkt');
      await expect(el).to.be.accessible();
    });

    it('does not count red flags as complaints', async () => {
      const el = await setup();
      boxes(el)[4].click();
      boxes(el)[5].click();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(el.redFlags).to.deep.equal([RED_FLAGS[0], RED_FLAGS[1]]);
      expect(shown(part(el, 'result'))).to.be.false;
    });
  });

  describe('reset', () => {
    it('clears every tick from the keyboard, says so once, and puts focus back on the first checkbox', async () => {
      const el = await setup();
      const inputs = boxes(el);
      el.value = [COMPLAINTS[0], COMPLAINTS[2], RED_FLAGS[1]];
      await el.updateComplete;
      expect(inputs.map((input) => input.checked)).to.deep.equal([true, false, true, false, false, true, false]);
      const announcements = recordAnnouncements(el);
      const reset = part(el, 'reset');
      expect(reset.textContent!.trim()).to.equal('Wis mijn vinkjes');
      await tabTo(reset);
      const changed = oneEvent(el, 'clinic-symptoms-change');
      await sendKeys({ press: ' ' });
      const { detail } = (await changed) as CustomEvent<ClinicSymptomsChangeDetail>;
      await el.updateComplete;
      expect(detail).to.deep.equal({ checked: [], redFlags: [], match: false });
      expect(inputs.some((input) => input.checked)).to.be.false;
      expect(document.activeElement).to.equal(inputs[0]);
      expect(shown(reset)).to.be.false;
      await waitUntil(() => announcements.heard.length === 1);
      expect(announcements.heard).to.deep.equal(['polite: Vinkjes gewist.']);
      announcements.stop();
      await expect(el).to.be.accessible();
    });
  });

  describe('value, redFlags and the change event', () => {
    it('fires clinic-symptoms-change with the ticked texts and whether they match', async () => {
      const el = await setup();
      const inputs = boxes(el);
      inputs[0].click();
      let changed = oneEvent(el, 'clinic-symptoms-change');
      inputs[3].click();
      let { detail } = (await changed) as CustomEvent<ClinicSymptomsChangeDetail>;
      expect(detail).to.deep.equal({ checked: [COMPLAINTS[0], COMPLAINTS[3]], redFlags: [], match: true });
      changed = oneEvent(el, 'clinic-symptoms-change');
      inputs[6].click();
      ({ detail } = (await changed) as CustomEvent<ClinicSymptomsChangeDetail>);
      expect(detail).to.deep.equal({ checked: [COMPLAINTS[0], COMPLAINTS[3]], redFlags: [RED_FLAGS[2]], match: true });
    });

    it('bubbles out of the element so a form elsewhere on the page hears it', async () => {
      const el = await setup();
      const heard = oneEvent(document, 'clinic-symptoms-change');
      boxes(el)[1].click();
      const event = (await heard) as CustomEvent<ClinicSymptomsChangeDetail>;
      expect(event.composed).to.be.true;
      expect(event.detail.checked).to.deep.equal([COMPLAINTS[1]]);
    });

    it('value returns the ticked complaints; redFlags the ticked warning signs', async () => {
      const el = await setup();
      boxes(el)[2].click();
      boxes(el)[6].click();
      expect(el.value).to.deep.equal([COMPLAINTS[2]]);
      expect(el.redFlags).to.deep.equal([RED_FLAGS[2]]);
    });

    it('setting value ticks exactly those complaints, leaves red flags be, and fires no event', async () => {
      const el = await setup();
      boxes(el)[4].click();
      let fired = 0;
      el.addEventListener('clinic-symptoms-change', () => fired++);
      el.value = [COMPLAINTS[1], COMPLAINTS[3], 'Niet in de lijst'];
      await el.updateComplete;
      expect(el.value).to.deep.equal([COMPLAINTS[1], COMPLAINTS[3]]);
      expect(el.redFlags).to.deep.equal([RED_FLAGS[0]]);
      expect(shown(el.querySelector('[slot=match]'))).to.be.true;
      el.value = el.value;
      expect(el.redFlags).to.deep.equal([RED_FLAGS[0]]);
      el.value = [];
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(fired).to.equal(0);
    });

    it('accepts value set before the element is on the page', async () => {
      const el = document.createElement('clinic-symptom-checklist');
      el.value = ['Stijf'];
      const list = document.createElement('ul');
      for (const text of ['Pijn', 'Stijf']) list.appendChild(document.createElement('li')).textContent = text;
      el.append(list);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(['Stijf']);
      expect(boxes(el)[1].checked).to.be.true;
    });
  });

  describe('remember', () => {
    it('stores nothing without remember', async () => {
      const el = await setup();
      boxes(el)[0].click();
      expect(sessionStorage.length).to.equal(0);
      expect(Object.keys(localStorage).filter((key) => key.startsWith('clinic-elements:checklist'))).to.deep.equal([]);
    });

    it('with remember keeps the ticks for this tab, and reset clears them', async () => {
      const el = await setup(html`<clinic-symptom-checklist remember id="klachten"><ul><li>Pijn</li><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist>`);
      boxes(el)[1].click();
      boxes(el)[2].click();
      expect(Object.keys(localStorage).filter((key) => key.startsWith('clinic-elements:checklist'))).to.deep.equal([]);
      el.remove();
      const again = await setup(html`<clinic-symptom-checklist remember id="klachten"><ul><li>Pijn</li><li>Stijf</li></ul><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist>`);
      expect(again.value).to.deep.equal(['Stijf']);
      expect(again.redFlags).to.deep.equal(['Koorts']);
      expect(shown(part(again, 'urgent'))).to.be.true;
      part(again, 'reset').click();
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('language and texts', () => {
    it('speaks English on an English page', async () => {
      const el = await setup(html`<div lang="en"><clinic-symptom-checklist><ul><li>Stiff</li></ul><ul data-red-flags><li>Fever</li></ul></clinic-symptom-checklist></div>`);
      boxes(el)[1].click();
      await el.updateComplete;
      expect(part(el, 'urgent-heading').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Urgent: Warning sign ticked');
      expect(part(el, 'urgent').textContent).to.contain('Contact your GP');
      expect(part(el, 'reset').textContent!.trim()).to.equal('Clear my ticks');
      await expect(el).to.be.accessible();
    });

    it('takes a text from a data-i18n attribute or registerTranslation', async () => {
      registerTranslation('nl', { 'checklist.count': '{count}/{total} herkend.' });
      const el = await setup();
      el.setAttribute('data-i18n-reset', 'Opnieuw beginnen');
      boxes(el)[0].click();
      await el.updateComplete;
      expect(part(el, 'reset').textContent!.trim()).to.equal('Opnieuw beginnen');
      expect(part(el, 'count').textContent).to.equal('1/4 herkend.');
      registerTranslation('nl', { 'checklist.count': 'Je herkent {count} van de {total} klachten.' });
    });
  });

  describe('following the author\'s edits', () => {
    it('gives an added item a checkbox and keeps the ticks', async () => {
      const el = await setup();
      boxes(el)[0].click();
      const li = document.createElement('li');
      li.textContent = 'Nieuwe klacht';
      el.querySelector('ul')!.append(li);
      await waitUntil(() => li.querySelector('input'));
      await el.updateComplete;
      expect(boxes(el)).to.have.length(8);
      expect(el.value).to.deep.equal([COMPLAINTS[0]]);
      li.querySelector('input')!.click();
      expect(el.value).to.deep.equal([COMPLAINTS[0], 'Nieuwe klacht']);
      await el.updateComplete;
      expect(part(el, 'count').textContent).to.equal('Je herkent 2 van de 5 klachten.');
    });

    it('keeps the ticks when the author replaces the whole list (a CMS live preview)', async () => {
      const el = await setup();
      boxes(el)[1].click();
      boxes(el)[4].click();
      const old = el.querySelector('ul')!;
      const fresh = document.createElement('ul');
      for (const text of COMPLAINTS) fresh.appendChild(document.createElement('li')).textContent = text;
      old.replaceWith(fresh);
      await waitUntil(() => fresh.querySelector('input'));
      await el.updateComplete;
      expect(boxes(el)).to.have.length(7);
      expect(el.value).to.deep.equal([COMPLAINTS[1]]);
      expect(el.redFlags).to.deep.equal([RED_FLAGS[0]]);
      expect(fresh.assignedSlot, 'the new list is shown').to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input: one warning each, and the page keeps working', () => {
    const prefix = WARNING_PREFIX;

    it('no list: shows the content as it is', async () => {
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><p>Bel ons bij twijfel.</p></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([`${prefix}There is no <ul> or <ol> of complaints (a list without data-red-flags), so nothing counts towards the match message. Add a list with one <li> per complaint.`]);
      expect(shown(el.querySelector('p'))).to.be.true;
      expect(el.value).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('an empty list', async () => {
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><h2>Klachten</h2><ul></ul><p>Tekst</p></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([`${prefix}A <ul> has no <li> items, so it gets no checkboxes. Put each complaint in an <li> of its own.`]);
      expect(shown(el.querySelector('p'))).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('a nested list stays as it is inside its item', async () => {
      const { el, warnings } = await withWarnings(
        html`<clinic-symptom-checklist><ul><li>Pijn<ul><li>links</li><li>rechts</li></ul></li><li>Stijf</li></ul></clinic-symptom-checklist>`,
      );
      expect(warnings).to.deep.equal([`${prefix}The item "Pijn" has a nested list, whose items get no checkboxes; it stays inside the item as it is. To make them checkboxes, move them into the main list.`]);
      expect(boxes(el)).to.have.length(2);
      expect(shown(el.querySelector('ul ul'))).to.be.true;
      boxes(el)[0].click();
      expect(el.value).to.deep.equal(['Pijn']);
      await expect(el).to.be.accessible();
    });

    it('an unclosed list: the page it swallowed stays out of the last item\'s label, and usable', async () => {
      // The parser ignores </clinic-symptom-checklist> inside an open <li>: the rest of the page lands in item "B".
      const { el, warnings } = await withWarnings(html`<div>
        <clinic-symptom-checklist><h3>K</h3><ul><li>A<li>B <em>laag</em></clinic-symptom-checklist>
        <h2>Contact</h2><p id="para">Bel ons op 0493 000 000 of stuur een bericht.</p>
        <form id="f" @submit=${(event: Event) => event.preventDefault()}><label>Naam <input name="n"></label></form>
      </div>`);
      expect(el.querySelector('#para'), 'the parser did swallow the page').to.exist;
      expect(warnings).to.deep.equal([`${prefix}The item "B laag" has a <h2> after its text, which stays outside the checkbox's label. If that is page content, a </ul> is missing before it: close the list after its last item.`]);
      const [, b] = boxes(el);
      expect(b.labels![0].textContent!.trim()).to.equal('B laag');
      expect(el.querySelector('#para')!.closest('label')).to.be.null;
      el.querySelector<HTMLElement>('#para')!.click();
      el.querySelector('h2')!.click();
      expect(b.checked).to.be.false;
      expect(shown(el.querySelector('#para'))).to.be.true;
      const input = el.querySelector<HTMLInputElement>('#f input')!;
      await tabTo(input);
      await sendKeys({ type: 'Jan' });
      expect(input.value).to.equal('Jan');
      expect(b.checked).to.be.false;
      b.click();
      expect(el.value).to.deep.equal(['B laag']);
      await expect(el).to.be.accessible();
    });

    it('an unclosed list that swallowed the messages: they still show only as messages', async () => {
      const { el, warnings } = await withWarnings(html`<div>
        <clinic-symptom-checklist><ul data-red-flags><li>Koorts</li></ul><ul><li>A<li>B
          <p slot="match">Match msg</p><p slot="no-match">No match msg</p><p slot="red-flag">Red msg</p>
        </clinic-symptom-checklist><p>Verder.</p>
      </div>`);
      expect(warnings).to.deep.equal([`${prefix}The item "B" has a <p> after its text, which stays outside the checkbox's label. If that is page content, a </ul> is missing before it: close the list after its last item.`]);
      const [koorts, a, b] = boxes(el);
      expect(b.labels![0].textContent!.trim()).to.equal('B');
      const message = (name: string) => el.querySelector(`[slot=${name}]`);
      for (const name of ['match', 'no-match', 'red-flag']) expect(shown(message(name)), name).to.be.false;
      b.click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(['B']);
      expect(shown(message('no-match'))).to.be.true;
      expect(shown(message('match'))).to.be.false;
      a.click();
      await el.updateComplete;
      expect(shown(message('match'))).to.be.true;
      expect(shown(message('no-match'))).to.be.false;
      expect(shown(message('red-flag'))).to.be.false;
      koorts.click();
      await el.updateComplete;
      expect(part(el, 'urgent').contains(message('red-flag')!.assignedSlot)).to.be.true;
      expect(shown(message('red-flag'))).to.be.true;
      expect(shown(el.querySelector('clinic-symptom-checklist + p, p:not([slot])'))).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('an item wrapped in a paragraph (a Markdown loose list) keeps its paragraph in the label, without a warning', async () => {
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><ul><li><p>Pijn <a href="#x">uitleg</a></p></li><li>
        <p>Stijf</p></li></ul></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([`${prefix}The item "Pijn uitleg" has a link or form control in its label. It stays usable, and using it does not tick the item, but a screen reader reads it as part of the checkbox: put it after the list if you can.`]);
      expect(boxes(el).map((input) => input.labels![0].textContent!.trim())).to.deep.equal(['Pijn uitleg', 'Stijf']);
      boxes(el)[1].click();
      expect(el.value).to.deep.equal(['Stijf']);
    });

    it('only warning signs: says there is no list of complaints', async () => {
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><ul data-red-flags><li>Koorts</li></ul></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([`${prefix}There is no <ul> or <ol> of complaints (a list without data-red-flags), so nothing counts towards the match message. Add a list with one <li> per complaint.`]);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(shown(part(el, 'urgent'))).to.be.true;
      await expect(el).to.be.accessible();
    });

    for (const [threshold, problem, effective] of [
      ['twee', 'threshold is "twee", but it must be a whole number from 1 to 3 (the number of complaints), so the checklist uses 2.', 2],
      ['-1', 'threshold is "-1", but it must be a whole number from 1 to 3 (the number of complaints), so the checklist uses 1.', 1],
      ['9', 'threshold is "9", but it must be a whole number from 1 to 3 (the number of complaints), so the checklist uses 3.', 3],
      ['0', 'threshold is "0", but it must be a whole number from 1 to 3 (the number of complaints), so the checklist uses 1.', 1],
      ['', 'threshold is "", but it must be a whole number from 1 to 3 (the number of complaints), so the checklist uses 1.', 1],
      ['1.5', 'threshold is "1.5", but it must be a whole number from 1 to 3 (the number of complaints), so the checklist uses 2.', 2],
    ] as const) {
      it(`threshold="${threshold}" uses ${effective}`, async () => {
        const { el, warnings } = await withWarnings(
          html`<clinic-symptom-checklist threshold=${threshold}><ul><li>Een</li><li>Twee</li><li>Drie</li></ul><p slot="match">Past.</p></clinic-symptom-checklist>`,
        );
        expect(warnings).to.deep.equal([prefix + problem]);
        const inputs = boxes(el);
        for (let i = 0; i < effective - 1; i++) inputs[i].click();
        await el.updateComplete;
        expect(shown(el.querySelector('[slot=match]'))).to.be.false;
        inputs[effective - 1].click();
        await el.updateComplete;
        expect(shown(el.querySelector('[slot=match]'))).to.be.true;
      });
    }

    it('no warning when the default threshold of 2 is lowered for a one-item list', async () => {
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><ul><li>Stijf</li></ul><p slot="match">Past.</p></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([]);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(shown(el.querySelector('[slot=match]'))).to.be.true;
    });

    it('removing the threshold attribute (a CMS preview) brings back the default of 2, without a warning', async () => {
      const { el, warnings } = await withWarnings(
        html`<clinic-symptom-checklist threshold="1"><ul><li>Een</li><li>Twee</li><li>Drie</li></ul><p slot="match">Past.</p></clinic-symptom-checklist>`,
      );
      expect(warnings).to.deep.equal([]);
      const later = captureWarnings();
      el.removeAttribute('threshold');
      await el.updateComplete;
      boxes(el)[0].click();
      await el.updateComplete;
      later.restore();
      expect(later.clinic).to.deep.equal([]);
      expect(shown(el.querySelector('[slot=match]')), 'one tick is below the default 2').to.be.false;
      boxes(el)[1].click();
      await el.updateComplete;
      expect(shown(el.querySelector('[slot=match]'))).to.be.true;
    });

    it('a threshold set by script is checked too', async () => {
      const { el } = await withWarnings(html`<clinic-symptom-checklist><ul><li>Een</li><li>Twee</li></ul></clinic-symptom-checklist>`);
      const warnings = captureWarnings();
      el.threshold = 5;
      await el.updateComplete;
      warnings.restore();
      expect(warnings.clinic).to.deep.equal(['[clinic-elements] <clinic-symptom-checklist>: threshold is 5, but it must be a whole number from 1 to 2 (the number of complaints), so the checklist uses 2.']);
    });

    it('200 items all work', async () => {
      const items = Array.from({ length: 200 }, (_, index) => html`<li>Klacht ${index + 1}</li>`);
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><ul>${items}</ul></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([`${prefix}The checklist has 200 items; a list of more than 30 is hard to go through. Keep the complaints that tell this condition apart.`]);
      expect(boxes(el)).to.have.length(200);
      boxes(el)[199].click();
      boxes(el)[0].click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(['Klacht 1', 'Klacht 200']);
      expect(part(el, 'count').textContent).to.equal('You recognise 2 of the 200 complaints.');
    });

    it('script-like text is shown as text, never run', async () => {
      const text = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>';
      const { el, warnings } = await withWarnings(html`<clinic-symptom-checklist><h2>${text}</h2><ul><li>${text}</li><li>Stijf</li></ul></clinic-symptom-checklist>`);
      expect(warnings).to.deep.equal([`${prefix}The item "${text}" looks like HTML typed as text (a CMS may have escaped it): it is shown as text, never as markup. Use the editor's formatting instead, or remove the tags.`]);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(el.querySelector('img, script')).to.be.null;
      expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
      expect(el.value).to.deep.equal([text]);
      expect(el.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal(text);
      expect((window as unknown as { __hacked?: number }).__hacked).to.be.undefined;
    });
  });
});
