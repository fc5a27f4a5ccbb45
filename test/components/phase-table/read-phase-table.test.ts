import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { readPhaseTable, cellGrid } from '../../../src/components/phase-table/read-phase-table.js';
import { chooseCurrent, chooseLayout, namesAreNumbered, widthRule } from '../../../src/components/phase-table/phase-layout.js';
import { extraColumnsTable, seedNames, seedTable } from './fixtures.js';

/** Author content in a plain <div> (no widget), as the read step sees it. */
async function host(content: unknown): Promise<HTMLElement> {
  const div = await fixture<HTMLDivElement>(html`<div></div>`);
  render(content, div);
  return div;
}
const text = (nodes: Node[]) => nodes.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();

describe('readPhaseTable', () => {
  it('reads the seed table: caption, four phases by their first cell, goals labelled by their header', async () => {
    const model = readPhaseTable(await host(seedTable()));
    expect(model.caption).to.equal('Behandeling: doelen per fase');
    expect(model.phases.map((phase) => phase.name)).to.deep.equal(seedNames);
    expect(model.columns).to.equal(2);
    expect(model.phases[0].details.map((detail) => detail.label)).to.deep.equal(['Doelen & aanpak']);
    expect(text(model.phases[3].details[0].content)).to.equal('Onderhoudsschema, flare-up plan, slaap/Stress & balans, terugvalpreventie.');
    expect(model.problems).to.deep.equal([]);
  });

  it('keeps every extra column, labelled by its header text, and copies links in cells', async () => {
    const model = readPhaseTable(await host(extraColumnsTable()));
    const [first] = model.phases;
    expect(first.details.map((detail) => detail.label)).to.deep.equal(['Doelen & aanpak', 'Duur', 'Voorbeelden']);
    expect(first.details.map((detail) => text(detail.content))).to.deep.equal(['Pijn/stijfheid dempen', '1–2 weken', 'Warmte, korte wandelingen']);
    const link = first.details[2].content.find((node) => node instanceof HTMLAnchorElement) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('#wandelen');
    expect(link.isConnected, 'a copy, the author\'s link stays in the table').to.be.false;
  });

  it('takes a first row of <th> cells as the header when there is no <thead>', async () => {
    const model = readPhaseTable(await host(html`<table><tr><th>Fase</th><th>Doel</th></tr><tr><td>Rust</td><td>Pijn dempen</td></tr></table>`));
    expect(model.phases.map((phase) => phase.name)).to.deep.equal(['Rust']);
    expect(model.phases[0].details[0].label).to.equal('Doel');
    expect(model.problems).to.deep.equal([]);
  });

  it('repeats a cell merged over two phases (rowspan) in both, with the right labels', async () => {
    const model = readPhaseTable(
      await host(html`<table><thead><tr><th>Fase</th><th>Doel</th><th>Duur</th></tr></thead><tbody>
        <tr><td>A</td><td rowspan="2">Samen</td><td>1 week</td></tr>
        <tr><td>B</td><td>2 weken</td></tr>
        <tr><td colspan="2">C over twee</td><td>3 weken</td></tr>
      </tbody></table>`),
    );
    const details = model.phases.map((phase) => phase.details.map((detail) => `${detail.label}: ${text(detail.content)}`));
    expect(details).to.deep.equal([['Doel: Samen', 'Duur: 1 week'], ['Doel: Samen', 'Duur: 2 weken'], ['Duur: 3 weken']]);
    expect(model.phases[2].name).to.equal('C over twee');
    expect(model.problems).to.have.length(1);
    expect(model.problems[0]).to.contain('merged with rowspan or colspan');
  });

  it('lays cells out in a grid, a merged cell in every slot it covers', async () => {
    const div = await host(html`<table><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr></table>`);
    const grid = cellGrid([...div.querySelector('table')!.rows]);
    expect(grid.map((row) => row.map((cell) => cell.textContent).join(''))).to.deep.equal(['abb', 'acd']);
  });

  it('copies cells without scripts, event handlers or ids, and says so once', async () => {
    const div = await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
      <tr><td id="een">Een</td><td><span id="x" onclick="window.__phaseClicked = true">Klik</span><script>window.__phaseRan = (window.__phaseRan ?? 0) + 1;</script></td></tr>
    </tbody></table>`);
    const model = readPhaseTable(div);
    const copy = model.phases[0].details[0].content;
    const span = copy[0] as HTMLElement;
    expect(span.hasAttribute('onclick')).to.be.false;
    expect(span.hasAttribute('id')).to.be.false;
    expect(copy.some((node) => node instanceof HTMLScriptElement)).to.be.false;
    expect(model.problems).to.deep.equal(['has a <script> in its table. The steps leave it out, so it runs only once, from the table. Put scripts outside the element.']);
  });

  describe('bad input: one problem each, and what can be read is read', () => {
    it('no table', async () => {
      const model = readPhaseTable(await host(html`<p>Fase 1: rust</p>`));
      expect(model.phases).to.deep.equal([]);
      expect(model.problems).to.have.length(1);
      expect(model.problems[0]).to.contain('has no <table> inside');
    });

    it('an empty table', async () => {
      const model = readPhaseTable(await host(html`<table><thead><tr><th>Fase</th></tr></thead></table>`));
      expect(model.phases).to.deep.equal([]);
      expect(model.problems).to.deep.equal(['has a table without rows of phases. Add one row per phase below the header row, the phase name in the first cell.']);
    });

    it('no header row', async () => {
      const model = readPhaseTable(await host(html`<table><tr><td>Rust</td><td>Pijn dempen</td></tr><tr><td>Kracht</td><td>Opbouwen</td></tr></table>`));
      expect(model.phases.map((phase) => phase.name)).to.deep.equal(['Rust', 'Kracht']);
      expect(model.phases[0].details[0].label).to.equal('');
      expect(model.problems).to.have.length(1);
      expect(model.problems[0]).to.contain('without a header row');
    });

    it('rows with missing or extra cells: every cell is kept', async () => {
      const model = readPhaseTable(
        await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
          <tr><td>A</td></tr><tr><td>B</td><td>b</td></tr><tr><td>C</td><td>c</td><td>extra</td></tr>
        </tbody></table>`),
      );
      expect(model.phases.map((phase) => phase.details.map((detail) => text(detail.content)))).to.deep.equal([[], ['b'], ['c', 'extra']]);
      expect(model.phases[2].details[1].label).to.equal('');
      expect(model.problems).to.deep.equal(['has rows (1, 3) that do not have 2 cells like the header: every cell is shown, some without a column label. Give every row one cell per column.']);
    });

    it('60 rows: all read', async () => {
      const rows = Array.from({ length: 60 }, (_, i) => html`<tr><td>Fase ${i + 1}</td><td>Doel ${i + 1}</td></tr>`);
      const model = readPhaseTable(await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>${rows}</tbody></table>`));
      expect(model.phases).to.have.length(60);
      expect(model.problems).to.deep.equal(['has over 20 phases: all are shown, but that many steps are hard to follow. Consider grouping them into fewer phases.']);
    });

    it('script-like text stays text', async () => {
      const model = readPhaseTable(await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody><tr><td>${'<img src=x onerror=alert(1)>'}</td><td>ok</td></tr></tbody></table>`));
      expect(model.phases[0].name).to.equal('<img src=x onerror=alert(1)>');
      expect(model.phases[0].nameContent.every((node) => node.nodeType !== Node.ELEMENT_NODE)).to.be.true;
      expect(model.problems).to.deep.equal([
        'has text in its table that looks like HTML markup (such as "<img …>"); it is shown as text and never run. If it was meant as markup, enter it in the editor\'s HTML (source) view.',
      ]);
    });

    it('a phase table nested in another (pasted twice): the outer one reads no table of the inner one', async () => {
      // (Not registered in this file: the read step goes by the tag name.)
      const model = readPhaseTable(await host(html`<clinic-phase-table>${seedTable()}</clinic-phase-table>`));
      expect(model.phases).to.deep.equal([]);
      expect(model.problems.map((problem) => problem.split(' ').slice(0, 3).join(' '))).to.deep.equal(['holds another <clinic-phase-table>', 'has no <table>']);
    });
  });
});

describe('phase decisions', () => {
  it('current: a phase number from 1 to the count, else none', () => {
    expect(chooseCurrent(2, 4, '2')).to.deep.equal({ index: 1 });
    expect(chooseCurrent(1, 4, null)).to.deep.equal({ index: 0 });
    expect(chooseCurrent(4, 4, '4')).to.deep.equal({ index: 3 });
    for (const empty of [null, undefined]) expect(chooseCurrent(empty, 4, null), String(empty)).to.deep.equal({ index: -1 });
    for (const bad of [0, 5, -1, 2.5, NaN, '2', true, {}, [2]]) {
      const choice = chooseCurrent(bad, 4, null);
      expect(choice.index, String(bad)).to.equal(-1);
      expect(choice.problem, String(bad)).to.contain('Use a whole number from 1 to 4');
    }
    expect(chooseCurrent(NaN, 4, 'twee').problem).to.match(/^current="twee" is not the number of one of its 4 phases/);
    expect(chooseCurrent({}, 4, null).problem).to.match(/^its current property was set to an object, which is not/);
  });

  it('layout: auto, table or steps in any case; anything else is auto, with a problem', () => {
    expect(chooseLayout('table')).to.deep.equal({ layout: 'table' });
    expect(chooseLayout('STEPS')).to.deep.equal({ layout: 'steps' });
    expect(chooseLayout('auto')).to.deep.equal({ layout: 'auto' });
    expect(chooseLayout(null)).to.deep.equal({ layout: 'auto' });
    expect(chooseLayout('grid').layout).to.equal('auto');
    expect(chooseLayout('grid').problem).to.match(/^layout="grid" is not a layout it knows/);
    for (const wrongType of [1, true, -1, {}]) {
      expect(chooseLayout(wrongType).layout).to.equal('auto');
      expect(chooseLayout(wrongType).problem).to.match(/^its layout property was set to .*, which is not a layout it knows/);
    }
  });

  it('the width rule: a table of four or more columns needs the wider one', () => {
    expect(widthRule('auto', 2)).to.equal('auto');
    expect(widthRule('auto', 4)).to.equal('wide');
    expect(widthRule('steps', 4)).to.equal('steps');
  });

  it('names that carry their own numbers get none added', () => {
    expect(namesAreNumbered(seedNames)).to.be.true;
    expect(namesAreNumbered(['1) Rust', '2 Kracht'])).to.be.true;
    expect(namesAreNumbered(['Rust', '2. Kracht'])).to.be.false;
    expect(namesAreNumbered(['Fase 1'])).to.be.false;
  });
});
