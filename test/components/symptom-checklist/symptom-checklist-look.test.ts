// Issue 17: a finished look for visitors, without any site CSS. Ticking never moves the list under
// the visitor's finger, one clear message at a time, the whole row is the tap target (at least 24 by
// 24 px, WCAG 2.5.8), and the checkboxes are as big as the text.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ClinicSymptomChecklist } from '../../../src/symptom-checklist.js';
import { COMPLAINTS, boxes, focusAndPressSpace, live, part, pressSpaceOn, recordAnnouncements, seed, setup, shown } from './checklist-page.js';

const top = (element: Element) => element.getBoundingClientRect().top;

/** Where the visitor's finger lands: the element at the middle of `x`, `y` in the page's coordinates. */
const hit = (x: number, y: number) => document.elementFromPoint(x, y);

describe('<clinic-symptom-checklist> look', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('ticking never moves the list under the visitor\'s finger', () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      it(`a ticked warning sign stays where it was, and the urgent notice shows right after the warning signs (${viewport.width} px)`, async () => {
        await setViewport(viewport);
        const el = await setup();
        const inputs = boxes(el);
        const redFlag = inputs[5];
        const before = { ticked: top(redFlag), first: top(inputs[0]), heading: top(el.querySelector('h2')!) };
        await pressSpaceOn(el, redFlag);
        expect(redFlag.checked).to.be.true;
        const urgent = part(el, 'urgent');
        expect(shown(urgent)).to.be.true;
        expect(top(redFlag), 'the ticked warning sign').to.be.closeTo(before.ticked, 0.5);
        expect(top(inputs[0]), 'the first complaint').to.be.closeTo(before.first, 0.5);
        expect(top(el.querySelector('h2')!), 'the heading').to.be.closeTo(before.heading, 0.5);
        // Right after the list of warning signs, where the visitor is looking; and in view there.
        const warningSigns = el.querySelector('ul[data-red-flags]')!;
        expect(urgent.getBoundingClientRect().top).to.be.at.least(warningSigns.getBoundingClientRect().bottom);
        expect(urgent.getBoundingClientRect().top - warningSigns.getBoundingClientRect().bottom).to.be.below(40);
        await expect(el).to.be.accessible();
      });
    }

    it('a ticked complaint stays where it was too, with the result and the urgent notice showing', async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await setup();
      const inputs = boxes(el);
      await pressSpaceOn(el, inputs[4]);
      const before = inputs.map(top);
      await focusAndPressSpace(el, inputs[1]);
      await pressSpaceOn(el, inputs[2]);
      expect(inputs.map(top)).to.deep.equal(before);
    });

    it('the urgent notice comes in reading order after the warning signs and before the result and the reset button', async () => {
      const el = await setup();
      boxes(el)[0].click();
      boxes(el)[4].click();
      await el.updateComplete;
      const order = [...el.shadowRoot!.querySelectorAll('[part~=group], [part~=urgent], [part~=result], [part~=reset]')].map((node) => node.getAttribute('part'));
      expect(order).to.deep.equal(['group', 'group', 'urgent', 'result', 'reset']);
      const urgent = part(el, 'urgent').getBoundingClientRect();
      expect(urgent.bottom).to.be.at.most(part(el, 'result').getBoundingClientRect().top);
    });
  });

  describe('one clear message', () => {
    it('with a warning sign ticked, the no-match message goes (and is not announced); it comes back when the sign is unticked', async () => {
      const el = await setup();
      const inputs = boxes(el);
      await pressSpaceOn(el, inputs[4]);
      const announcements = recordAnnouncements(el);
      await focusAndPressSpace(el, inputs[0]);
      expect(shown(part(el, 'count'))).to.be.true;
      expect(part(el, 'count').textContent).to.equal('Je herkent 1 van de 4 klachten.');
      expect(shown(el.querySelector('[slot=no-match]')), 'no-match beside the urgent notice').to.be.false;
      expect(shown(el.querySelector('[slot=red-flag]'))).to.be.true;
      expect(live(el, 'polite')).to.equal('Je herkent 1 van de 4 klachten.');
      expect(announcements.heard.join(' ')).not.to.contain('Herken je weinig');
      announcements.stop();
      await pressSpaceOn(el, inputs[4]);
      expect(shown(el.querySelector('[slot=no-match]')), 'no-match without a warning sign').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('the match message stays beside the urgent notice', async () => {
      const el = await setup();
      el.value = COMPLAINTS.slice(0, 2);
      boxes(el)[4].click();
      await el.updateComplete;
      expect(shown(el.querySelector('[slot=match]'))).to.be.true;
      expect(shown(part(el, 'urgent'))).to.be.true;
    });
  });

  describe('the whole row is the tap target', () => {
    for (const style of ['', 'font-size: 12px', 'font-size: 24px; line-height: 1.5', 'width: 320px']) {
      it(`each row is at least 24 px tall, and a tap anywhere on it ticks that item (${style || 'no site CSS'})`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style=${style}>${seed()}</div>`);
        const el = wrapper.querySelector('clinic-symptom-checklist')!;
        await el.updateComplete;
        for (const [index, input] of boxes(el).entries()) {
          const row = input.closest('li')!.getBoundingClientRect();
          const label = input.labels![0];
          expect(row.height, `row ${index}`).to.be.at.least(24);
          expect(row.width, `row ${index}`).to.be.at.least(24);
          // The corners and the far end of the row, and the gap between the box and the text.
          const box = input.getBoundingClientRect();
          const points = [
            [row.right - 2, row.top + 1],
            [row.right - 2, row.bottom - 1],
            [box.left + 1, row.top + 1],
            [box.right + 2, row.top + row.height / 2],
          ];
          for (const [x, y] of points) {
            const target = hit(x, y);
            expect(target === input || label.contains(target), `row ${index} at ${Math.round(x - row.left)},${Math.round(y - row.top)}`).to.be.true;
          }
        }
      });
    }

    it('a click at the far end of a row ticks it, and a second one unticks it', async () => {
      const el = await setup();
      const input = boxes(el)[2];
      const label = input.labels![0];
      const row = input.closest('li')!.getBoundingClientRect();
      (hit(row.right - 2, row.bottom - 1) as HTMLElement).click();
      expect(input.checked).to.be.true;
      expect(label.contains(hit(row.right - 2, row.bottom - 1))).to.be.true;
      (hit(row.right - 2, row.top + 1) as HTMLElement).click();
      expect(input.checked).to.be.false;
    });

    for (const fontSize of [12, 16, 24]) {
      it(`the checkbox is as big as the text (${fontSize} px)`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="font-size: ${fontSize}px">${seed()}</div>`);
        const el = wrapper.querySelector('clinic-symptom-checklist')!;
        await el.updateComplete;
        for (const input of boxes(el)) {
          const box = input.getBoundingClientRect();
          expect(box.height).to.be.closeTo(1.1 * fontSize, 1);
          expect(box.width).to.be.closeTo(1.1 * fontSize, 1);
        }
      });
    }

    it('a link inside an item keeps working and does not tick it', async () => {
      const el = await setup(html`<clinic-symptom-checklist><ul><li>Pijn, zie <a href="#uitleg">uitleg</a></li><li>Stijf</li></ul></clinic-symptom-checklist>`);
      const link = el.querySelector('a')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      const { left, top: linkTop, height } = link.getBoundingClientRect();
      (hit(left + 2, linkTop + height / 2) as HTMLElement).click();
      expect(boxes(el)[0].checked).to.be.false;
    });
  });

  describe('the urgent heading reads well on any urgent colour', () => {
    for (const [theme, danger, text] of [
      ['default', '', 'rgb(255, 255, 255)'],
      ['a dark theme\'s light red', '--clinic-color-danger: #ff8a80; background: #121212; color: #eee', 'rgb(0, 0, 0)'],
    ]) {
      it(`${theme}: ${text} text, no contrast violation`, async function () {
        if (!CSS.supports('color', 'contrast-color(red)') && text !== 'rgb(255, 255, 255)') this.skip();
        const wrapper = await fixture<HTMLElement>(html`<div style=${danger}>${seed()}</div>`);
        const el = wrapper.querySelector('clinic-symptom-checklist')!;
        await el.updateComplete;
        boxes(el)[4].click();
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'urgent-heading')).color).to.equal(text);
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('forced colours', function () {
    before(async function () {
      const emulated = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true });
      if (!emulated || !matchMedia('(forced-colors: active)').matches) this.skip();
    });
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('the urgent notice keeps its border and the rows their size; no axe violation', async () => {
      const el = await setup();
      await pressSpaceOn(el, boxes(el)[4]);
      const style = getComputedStyle(part(el, 'urgent'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
      expect(boxes(el)[4].closest('li')!.getBoundingClientRect().height).to.be.at.least(24);
      await sendKeys({ press: 'Tab' });
      await expect(el).to.be.accessible();
    });
  });

  describe('WCAG 1.4.12 text spacing at 320 px: no text runs past the screen\'s edge', () => {
    /** The criterion's overrides: line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraph spacing 2em. */
    const textSpacing = document.createElement('style');
    textSpacing.textContent = `
      * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }
    `;
    before(() => document.head.append(textSpacing));
    after(() => textSpacing.remove());

    /** Texts of the checklist (the author's and its own) that end past the viewport's right edge, or are cut off there. */
    function textsPastTheEdge(el: ClinicSymptomChecklist): string[] {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      for (const root of [el, el.shadowRoot!]) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // (Visually hidden texts are for screen readers: one pixel wide, clipped.)
          if (node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (box.width > 0 && box.right > width + 0.5) found.push(`"${node.textContent!.trim()}" ends at ${Math.round(box.right)} px`);
        }
      }
      return found;
    }

    it('the seed checklist on the demo page\'s font, with a complaint and a warning sign ticked', async () => {
      await setViewport({ width: 320, height: 640 });
      const wrapper = await fixture<HTMLElement>(html`<div style="font: 1.0625rem/1.6 system-ui, sans-serif; padding: 0 1rem">${seed()}</div>`);
      const el = wrapper.querySelector('clinic-symptom-checklist')!;
      await el.updateComplete;
      boxes(el)[0].click();
      boxes(el)[4].click();
      await el.updateComplete;
      expect(shown(part(el, 'urgent'))).to.be.true;
      expect(shown(part(el, 'result'))).to.be.true;
      expect(textsPastTheEdge(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
    });
  });

  it('nothing in the urgent notice or the rows animates (so reduced motion has nothing to stop)', async () => {
    const el: ClinicSymptomChecklist = await setup();
    await pressSpaceOn(el, boxes(el)[4]);
    for (const element of [part(el, 'urgent'), boxes(el)[4].labels![0]]) {
      const style = getComputedStyle(element);
      expect(style.animationName, element.localName).to.equal('none');
      expect(parseFloat(style.transitionDuration), element.localName).to.equal(0);
    }
  });
});
