import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/phase-table.js';
import type { ClinicPhaseTable } from '../../../src/components/phase-table/phase-table.js';
import { captureWarnings } from '../../support/warnings.js';
import { byRole } from './a11y-tree.js';
import { extraColumnsTable, seedNames, seedTable } from './fixtures.js';
import { engine } from '../../support/engine.js';

const WIDE = 720;
const NARROW = 300;

/** One page holding the seed table twice: in a wide column and in a narrow one. */
async function twoWidths(attributes: { current?: string } = {}) {
  const page = await fixture<HTMLElement>(html`<div lang="nl">
    <div style="width: ${WIDE}px"><clinic-phase-table id="wide" current=${ifDefined(attributes.current)}>${seedTable()}</clinic-phase-table></div>
    <div style="width: ${NARROW}px"><clinic-phase-table id="narrow" current=${ifDefined(attributes.current)}>${seedTable()}</clinic-phase-table></div>
  </div>`);
  const wide = page.querySelector<ClinicPhaseTable>('#wide')!;
  const narrow = page.querySelector<ClinicPhaseTable>('#narrow')!;
  await Promise.all([wide.updateComplete, narrow.updateComplete]);
  return { page, wide, narrow };
}

function expectTableLayout(el: Element) {
  expect(byRole(el, 'table'), 'table').to.have.length(1);
  expect(byRole(el, 'row'), 'rows').to.have.length(5);
  expect(byRole(el, 'columnheader').map((node) => node.text)).to.deep.equal(['Fase', 'Doelen & aanpak']);
  expect(byRole(el, 'rowheader').map((node) => node.text)).to.deep.equal(seedNames);
  expect(byRole(el, 'list'), 'no list').to.have.length(0);
  expect(byRole(el, 'listitem'), 'no list items').to.have.length(0);
}

function expectStepsLayout(el: Element) {
  expect(byRole(el, 'list'), 'list').to.have.length(1);
  const items = byRole(el, 'listitem');
  expect(items, 'list items').to.have.length(4);
  items.forEach((item, i) => expect(item.text).to.contain(seedNames[i]).and.to.contain('Doelen & aanpak'));
  expect(byRole(el, 'table'), 'no table').to.have.length(0);
  expect(byRole(el, 'row'), 'no rows').to.have.length(0);
}

/** Every word of every cell, as exposed in the accessibility tree. */
const exposedWords = (el: Element) =>
  new Set(
    [...byRole(el, 'listitem'), ...byRole(el, 'row')]
      .map((node) => node.text)
      .join(' ')
      .split(/\s+/),
  );

describe('<clinic-phase-table>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('layout="auto" follows the element\'s own width', () => {
    it('shows the author\'s table where wide and an ordered list of steps where narrow, on one page', async () => {
      const { page, wide, narrow } = await twoWidths();
      expectTableLayout(wide);
      expectStepsLayout(narrow);
      expect(wide.querySelector('table')!.getBoundingClientRect().width, 'the author\'s own table is shown').to.be.greaterThan(0);
      expect(narrow.shadowRoot!.querySelector('ol')!.getAttribute('aria-labelledby')).to.equal('caption');
      expect(narrow.shadowRoot!.getElementById('caption')!.textContent).to.equal('Behandeling: doelen per fase');
      await expect(page).to.be.accessible();
    });

    it('switches when the element is resized, keeping every word', async () => {
      const { wide } = await twoWidths();
      const before = exposedWords(wide);
      wide.parentElement!.style.width = `${NARROW}px`;
      await waitUntil(() => byRole(wide, 'list').length === 1, 'steps when narrow');
      expectStepsLayout(wide);
      for (const word of before) if (!['Fase'].includes(word)) expect(exposedWords(wide).has(word), word).to.be.true;
      await expect(wide).to.be.accessible();
      wide.parentElement!.style.width = `${WIDE}px`;
      await waitUntil(() => byRole(wide, 'table').length === 1, 'table when wide again');
      expectTableLayout(wide);
    });

    it('needs more width before showing a table of four columns', async () => {
      const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table style="width: 640px">${extraColumnsTable()}</clinic-phase-table>`);
      expect(byRole(el, 'list')).to.have.length(1);
      el.style.width = '800px';
      await waitUntil(() => byRole(el, 'table').length === 1);
    });
  });

  describe('layout="table" and layout="steps" force one layout', () => {
    it('steps in a wide element, table in a narrow one', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <clinic-phase-table style="width: ${WIDE}px" layout="steps">${seedTable()}</clinic-phase-table>
        <clinic-phase-table style="width: ${NARROW}px" layout="table">${seedTable()}</clinic-phase-table>
      </div>`);
      const [steps, table] = page.querySelectorAll('clinic-phase-table');
      await (steps as ClinicPhaseTable).updateComplete;
      expectStepsLayout(steps);
      expectTableLayout(table);
      await expect(page).to.be.accessible();
    });

    it('an unknown layout warns once and is treated as auto', async () => {
      const warnings = captureWarnings();
      const { wide } = await twoWidths();
      wide.setAttribute('layout', 'grid');
      await wide.updateComplete;
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([
        '[clinic-elements] <clinic-phase-table id="wide">: layout="grid" is not a layout it knows, so it chooses by its own width (auto). Use layout="auto", "table" or "steps".',
      ]);
      expectTableLayout(wide);
    });

    it('removing the layout attribute (a CMS preview) goes back to auto without a warning', async () => {
      const { wide, narrow } = await twoWidths();
      for (const el of [wide, narrow]) el.setAttribute('layout', 'steps');
      await Promise.all([wide.updateComplete, narrow.updateComplete]);
      expectStepsLayout(wide);
      const warnings = captureWarnings();
      for (const el of [wide, narrow]) el.removeAttribute('layout');
      await Promise.all([wide.updateComplete, narrow.updateComplete]);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([]);
      expectTableLayout(wide);
      expectStepsLayout(narrow);
    });
  });

  describe('current phase', () => {
    it('is aria-current="step" in both layouts, highlighted, with a label (and a thicker line in steps)', async () => {
      const { page, wide, narrow } = await twoWidths({ current: '2' });
      const rows = byRole(wide, 'row').filter((row) => row.element.getAttribute('aria-current') === 'step');
      expect(rows.map((row) => row.text)).to.have.length(1);
      expect(rows[0].text).to.contain('2. Mobiliteit & kracht');
      const nameCell = (rows[0].element as HTMLTableRowElement).cells[0];
      expect(nameCell.getAttribute('data-clinic-current')).to.equal('Huidige fase');
      // Chromium gives the resolved text, Firefox the declaration (with the empty alternative text).
      expect(getComputedStyle(nameCell, '::before').content).to.match(/^"Huidige fase"|^attr\(data-clinic-current\)/);
      // A highlight: a tinted row and a bar beside the name, not an outline around the row.
      const otherRow = wide.querySelector('tbody tr')!;
      expect(getComputedStyle(rows[0].element).backgroundColor).not.to.equal(getComputedStyle(otherRow).backgroundColor);
      expect(getComputedStyle(nameCell).boxShadow).to.contain('inset');
      expect(getComputedStyle(otherRow.querySelector('th')!).boxShadow).to.equal('none');
      expect(getComputedStyle(rows[0].element).outlineStyle).to.equal('none');

      const items = byRole(narrow, 'listitem');
      const current = items.filter((item) => item.element.getAttribute('aria-current') === 'step');
      expect(current).to.have.length(1);
      expect(current[0].element).to.equal(items[1].element);
      const label = current[0].element.querySelector('[part~="current-label"]')!;
      expect(label.textContent).to.equal('Huidige fase');
      expect(label.getBoundingClientRect().height, 'the label is visible').to.be.greaterThan(0);
      expect(getComputedStyle(label).borderTopStyle, 'a line of its own, not a badge').to.equal('none');
      const border = (item: Element) => parseFloat(getComputedStyle(item).borderLeftWidth);
      expect(border(items[1].element)).to.be.greaterThan(border(items[0].element) + 3);
      await expect(page).to.be.accessible();
    });

    it('moves when `current` changes, and goes when it is removed', async () => {
      const { wide, narrow } = await twoWidths({ current: '1' });
      // Where the name's text sits in its cell: the label (a ::before box) pushes it down.
      const nameCell = wide.querySelector<HTMLTableCellElement>('tbody tr:last-child > th')!;
      const range = document.createRange();
      range.selectNodeContents(nameCell);
      const textOffset = () => range.getBoundingClientRect().top - nameCell.getBoundingClientRect().top;
      const plainOffset = textOffset();
      for (const el of [wide, narrow]) el.setAttribute('current', '4');
      await Promise.all([wide.updateComplete, narrow.updateComplete]);
      expect(textOffset(), 'the label shows above the name').to.be.greaterThan(plainOffset + 6);
      expect(wide.querySelectorAll('[aria-current]')).to.have.length(1);
      expect(wide.querySelector('[aria-current]')!.textContent).to.contain('4. Zelfmanagement');
      expect(wide.querySelectorAll('[data-clinic-current]')).to.have.length(1);
      expect(narrow.shadowRoot!.querySelector('[aria-current]')!.textContent).to.contain('4. Zelfmanagement');
      for (const el of [wide, narrow]) el.removeAttribute('current');
      await Promise.all([wide.updateComplete, narrow.updateComplete]);
      expect(wide.querySelectorAll('[aria-current], [data-clinic-current]')).to.have.length(0);
      expect(narrow.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
    });

    for (const [value, problem] of [
      ['9', 'current="9" is not the number of one of its 4 phases, so no phase is marked as current. Use a whole number from 1 to 4, or leave it out.'],
      ['twee', 'current="twee" is not the number of one of its 4 phases, so no phase is marked as current. Use a whole number from 1 to 4, or leave it out.'],
      ['0', 'current="0" is not the number of one of its 4 phases, so no phase is marked as current. Use a whole number from 1 to 4, or leave it out.'],
    ]) {
      it(`current="${value}" is ignored with one warning`, async () => {
        const warnings = captureWarnings();
        const { page, wide, narrow } = await twoWidths({ current: value });
        warnings.restore();
        expect(warnings.clinic).to.deep.equal([`[clinic-elements] <clinic-phase-table id="wide">: ${problem}`, `[clinic-elements] <clinic-phase-table id="narrow">: ${problem}`]);
        expect(wide.querySelectorAll('[aria-current]')).to.have.length(0);
        expect(narrow.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
        expectTableLayout(wide);
        expectStepsLayout(narrow);
        await expect(page).to.be.accessible();
      });
    }

    it('speaks the page\'s language, and a page can replace the label', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="en">
        <clinic-phase-table style="width: ${NARROW}px" current="1">${seedTable()}</clinic-phase-table>
        <clinic-phase-table style="width: ${NARROW}px" current="1" data-i18n-current="Nu bezig">${seedTable()}</clinic-phase-table>
      </div>`);
      const [english, replaced] = page.querySelectorAll('clinic-phase-table');
      await (english as ClinicPhaseTable).updateComplete;
      const label = (el: Element) => el.shadowRoot!.querySelector('[part~="current-label"]')!.textContent;
      expect(label(english)).to.equal('Current phase');
      expect(english.querySelector('[data-clinic-current]')!.getAttribute('data-clinic-current')).to.equal('Current phase');
      expect(label(replaced)).to.equal('Nu bezig');
      page.setAttribute('lang', 'nl');
      await waitUntil(() => label(english) === 'Huidige fase', 'follows a lang change');
      await waitUntil(() => english.querySelector('[data-clinic-current]')!.getAttribute('data-clinic-current') === 'Huidige fase');
    });

    it('can be themed with --clinic-phase-current-color in both layouts', async () => {
      const { wide, narrow } = await twoWidths({ current: '3' });
      for (const el of [wide, narrow]) el.style.setProperty('--clinic-phase-current-color', 'rgb(200, 0, 0)');
      expect(getComputedStyle(wide.querySelector('[data-clinic-current]')!).boxShadow).to.contain('rgb(200, 0, 0)');
      expect(getComputedStyle(narrow.shadowRoot!.querySelector('[aria-current]')!).borderLeftColor).to.equal('rgb(200, 0, 0)');
    });
  });

  describe('steps', () => {
    it('name each phase as a heading, one level below the page\'s heading before the table', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="nl" style="width: ${NARROW}px">
        <h1>Rugklachten</h1>
        <clinic-phase-table id="under-h1">${seedTable()}</clinic-phase-table>
        <h2>Behandeling</h2>
        <clinic-phase-table id="under-h2">${seedTable()}</clinic-phase-table>
        <div role="heading" aria-level="4">Details</div>
        <clinic-phase-table id="under-level-4">${seedTable()}</clinic-phase-table>
      </div>`);
      const levels = (el: Element) => byRole(el, 'heading').map((heading) => heading.element.getAttribute('aria-level'));
      const tables = [...page.querySelectorAll<ClinicPhaseTable>('clinic-phase-table')];
      await Promise.all(tables.map((el) => el.updateComplete));
      expect(byRole(tables[0], 'heading').map((heading) => heading.text)).to.deep.equal(seedNames);
      expect(levels(tables[0])).to.deep.equal(['2', '2', '2', '2']);
      expect(levels(tables[1])).to.deep.equal(['3', '3', '3', '3']);
      expect(levels(tables[2])).to.deep.equal(['5', '5', '5', '5']);
      await expect(page).to.be.accessible();
    });

    it('heading-level sets the level; a value outside 2–6 is clamped, anything else ignored, with one warning each', async () => {
      const { narrow } = await twoWidths();
      const levels = () => byRole(narrow, 'heading').map((heading) => heading.element.getAttribute('aria-level'));
      expect(levels()).to.deep.equal(['2', '2', '2', '2']);
      const warnings = captureWarnings();
      for (const [value, level] of [['4', '4'], ['1', '2'], ['9', '6'], ['drie', '2']]) {
        narrow.setAttribute('heading-level', value);
        await narrow.updateComplete;
        expect(levels(), `heading-level="${value}"`).to.deep.equal([level, level, level, level]);
      }
      narrow.headingLevel = 5;
      await narrow.updateComplete;
      expect(levels(), 'the property').to.deep.equal(['5', '5', '5', '5']);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([
        '[clinic-elements] <clinic-phase-table id="narrow">: heading-level="1" is outside 2–6, so its headings use level 2.',
        '[clinic-elements] <clinic-phase-table id="narrow">: heading-level="9" is outside 2–6, so its headings use level 6.',
        '[clinic-elements] <clinic-phase-table id="narrow">: heading-level="drie" is not a whole number from 2 to 6, so its headings follow the page\'s headings (level 2).',
      ]);
    });

    it('number phases whose names carry no number, and keep extra columns labelled by their headers', async () => {
      const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table layout="steps">
        <table><caption>Fasen</caption><thead><tr><th>Fase</th><th>Doel</th><th>Duur</th></tr></thead>
          <tbody><tr><td>Rust</td><td>Pijn dempen</td><td>2 weken</td></tr><tr><td>Kracht</td><td>Opbouwen</td><td>6 weken</td></tr></tbody></table>
      </clinic-phase-table>`);
      expect(byRole(el, 'heading').map((heading) => heading.text)).to.deep.equal(['1. Rust', '2. Kracht']);
      expect(byRole(el, 'listitem')[1].text).to.equal('2. Kracht Doel Opbouwen Duur 6 weken');
      await expect(el).to.be.accessible();
    });

    it('keep links from the cells, working', async () => {
      const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table layout="steps">${extraColumnsTable()}</clinic-phase-table>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#wandelen"]')!;
      expect(link.textContent).to.equal('korte wandelingen');
      link.focus();
      expect(el.shadowRoot!.activeElement).to.equal(link);
    });

    it('keep the look of the cells\' own markup: the widget\'s label, badge and current-step styles stay on its own elements', async () => {
      const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table layout="steps" current="1">
        <table><thead><tr><th>Fase</th><th>Doel</th></tr></thead>
          <tbody><tr><td>Rust</td><td>Eerst <b>rustig</b> aan <span class="badge">nieuw</span> <a href="#nu" aria-current="page">nu</a>
            <ul><li><span>wandelen</span></li></ul></td></tr></tbody></table>
      </clinic-phase-table>`);
      const detail = el.shadowRoot!.querySelector('[part~="step-detail"]')!;
      expect(getComputedStyle(detail.querySelector('[part~="step-label"]')!).display, 'the column label').to.equal('block');
      expect(getComputedStyle(detail.querySelector('b:not([part])')!).display, 'a bold word').to.equal('inline');
      expect(getComputedStyle(detail.querySelector('.badge')!).borderTopStyle, 'a cell\'s own .badge').to.equal('none');
      expect(getComputedStyle(detail.querySelector('li > span')!).borderTopStyle, 'a span in a list in a cell').to.equal('none');
      expect(getComputedStyle(detail.querySelector('a')!).borderLeftStyle, 'a cell\'s own aria-current').to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="current-label"]')!).display, 'the widget\'s current label').to.equal('block');
      await expect(el).to.be.accessible();
    });
  });

  it('follows edits to the table (CMS preview)', async () => {
    const { wide, narrow } = await twoWidths({ current: '2' });
    for (const el of [wide, narrow]) {
      el.querySelector('tbody td')!.textContent = 'Rust en uitleg.';
      const row = el.querySelector('tbody tr')!.cloneNode(true) as HTMLTableRowElement;
      row.cells[0].textContent = '5. Nazorg';
      el.querySelector('tbody')!.append(row);
    }
    await waitUntil(() => byRole(narrow, 'listitem').length === 5, 'a fifth step');
    expect(byRole(narrow, 'listitem')[0].text).to.contain('Rust en uitleg.');
    expect(byRole(narrow, 'listitem')[4].text).to.contain('5. Nazorg');
    await waitUntil(() => byRole(wide, 'row').length === 6, 'a sixth row');
    expect(wide.querySelectorAll('[aria-current="step"]')).to.have.length(1);
  });

  it('follows a CMS replacing the whole table, and marks the new rows', async () => {
    const { narrow } = await twoWidths({ current: '1' });
    const replacement = document.createElement('div');
    render(html`<table><caption>Nieuw plan</caption><thead><tr><th>Fase</th><th>Doel</th></tr></thead>
      <tbody><tr><th>Start</th><td>Uitleg</td></tr><tr><th>Opbouw</th><td>Kracht</td></tr></tbody></table>`, replacement);
    narrow.replaceChildren(...replacement.childNodes);
    await waitUntil(() => byRole(narrow, 'listitem').length === 2, 'two steps');
    expect(byRole(narrow, 'listitem').map((item) => item.text)).to.deep.equal(['1. Start Doel Uitleg', '2. Opbouw Doel Kracht']);
    expect(narrow.shadowRoot!.getElementById('caption')!.textContent).to.equal('Nieuw plan');
    expect(narrow.querySelector('tbody tr')!.getAttribute('aria-current')).to.equal('step');
  });

  describe('bad input: the page keeps working, nothing is injected, one warning each', () => {
    async function withWarnings(template: unknown, width = NARROW) {
      const warnings = captureWarnings();
      const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table style="width: ${width}px">${template}</clinic-phase-table>`);
      await el.updateComplete;
      warnings.restore();
      return { el, messages: warnings.clinic.map((message) => message.replace('[clinic-elements] <clinic-phase-table>: ', '')) };
    }
    /** The first words of each warning: enough to tell which problem it names. */
    const beginnings = (messages: string[]) => messages.map((message) => message.split(' ').slice(0, 5).join(' '));

    it('no table: the content is shown as it is', async () => {
      const { el, messages } = await withWarnings(html`<p>Fase 1: rust. Fase 2: kracht.</p>`);
      expect(beginnings(messages)).to.deep.equal(['has no <table> inside, so']);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('an empty table: shown as it is', async () => {
      const { el, messages } = await withWarnings(html`<table><caption>Fasen</caption><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody></tbody></table>`);
      expect(beginnings(messages)[0]).to.equal('has a table without rows');
      expect(byRole(el, 'table')).to.have.length(1);
      expect(byRole(el, 'list')).to.have.length(0);
    });

    it('no header row: steps without labels, table as it is', async () => {
      const { el, messages } = await withWarnings(html`<table><tr><td>Rust</td><td>Pijn dempen</td></tr><tr><td>Kracht</td><td>Opbouwen</td></tr></table>`);
      expect(beginnings(messages)).to.deep.equal(['has a table without a']);
      expect(byRole(el, 'listitem').map((item) => item.text)).to.deep.equal(['1. Rust Pijn dempen', '2. Kracht Opbouwen']);
      await expect(el).to.be.accessible();
    });

    it('rows with missing or extra cells: every cell still shown', async () => {
      const { el, messages } = await withWarnings(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
        <tr><td>Rust</td></tr><tr><td>Kracht</td><td>Opbouwen</td><td>Extra</td></tr></tbody></table>`);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/^has rows \(1, 2\) that do not have 2 cells like the header/);
      expect(byRole(el, 'listitem').map((item) => item.text)).to.deep.equal(['1. Rust', '2. Kracht Doel Opbouwen Extra']);
      await expect(el).to.be.accessible();
    });

    it('rowspan/colspan: a merged cell shows in each phase it covers', async () => {
      const { el, messages } = await withWarnings(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
        <tr><td>Rust</td><td rowspan="2">Samen opbouwen</td></tr><tr><td>Kracht</td></tr><tr><td colspan="2">Nazorg</td></tr></tbody></table>`);
      expect(beginnings(messages)).to.deep.equal(['has cells merged with rowspan']);
      expect(byRole(el, 'listitem').map((item) => item.text)).to.deep.equal(['1. Rust Doel Samen opbouwen', '2. Kracht Doel Samen opbouwen', '3. Nazorg']);
      await expect(el).to.be.accessible();
    });

    it('60 rows: all shown', async () => {
      const rows = Array.from({ length: 60 }, (_, i) => html`<tr><td>Fase ${i + 1}</td><td>Doel ${i + 1}</td></tr>`);
      const { el, messages } = await withWarnings(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>${rows}</tbody></table>`);
      expect(beginnings(messages)).to.deep.equal(['has over 20 phases: all']);
      expect(byRole(el, 'listitem')).to.have.length(60);
      expect(byRole(el, 'listitem')[59].text).to.equal('60. Fase 60 Doel Doel 60');
    });

    it('script-like text stays text, and markup handlers are not copied', async () => {
      const attack = '<img src=x onerror="window.__phaseAttack=1"><script>window.__phaseAttack=1</script>';
      const { el, messages } = await withWarnings(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
        <tr><td>${attack}</td><td><b onclick="window.__phaseAttack=1">Klik</b></td></tr></tbody></table>`);
      expect(beginnings(messages)).to.deep.equal(['has text in its table']);
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script')).to.equal(null);
      expect(root.querySelector('[part~="step-name"]')!.textContent).to.equal(`1. ${attack}`);
      expect(root.querySelector('b[onclick]')).to.equal(null);
      expect((window as { __phaseAttack?: number }).__phaseAttack).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('look', () => {
    it('fits a 320 px wide viewport without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const page = await fixture<HTMLElement>(html`<main style="padding: 0 16px">
        <clinic-phase-table current="2">${seedTable()}</clinic-phase-table>
        <clinic-phase-table>${extraColumnsTable()}</clinic-phase-table>
        <clinic-phase-table layout="table">${extraColumnsTable()}</clinic-phase-table>
      </main>`);
      await (page.querySelector('clinic-phase-table') as ClinicPhaseTable).updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(byRole(page.children[0], 'list')).to.have.length(1);
    });

    it('prints as a plain table, also where the screen shows steps', async function () {
      // Print media is emulated through CDP, which Firefox under WebDriver BiDi and WebKit under
      // WebDriver lack.
      if (engine !== 'chromium') this.skip();
      const { wide, narrow } = await twoWidths({ current: '2' });
      await emulateMedia({ media: 'print' });
      try {
        expectTableLayout(narrow);
        expectTableLayout(wide);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expectStepsLayout(narrow);
    });

  });
});
