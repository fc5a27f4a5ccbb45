import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { deepQueryAll, mountDemoPage } from '../demo/demo-page.js';
import { accessibleNodes } from '../components/phase-table/a11y-tree.js';
import { axAll, axTree, inChromium, type AxSnapshot } from './ax-tree.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

/** The headings a screen reader lists, in order: `h<level> text` (cross-browser model of the tree). */
function headings(root: Element): string[] {
  return accessibleNodes(root)
    .filter(({ role }) => role === 'heading')
    .map(({ element, text }) => `h${element.getAttribute('aria-level') ?? element.localName.slice(1)} ${text}`);
}

/** Headings that skip a level going down (h1 then h3): each level at most one deeper than the last. */
function skipped(list: string[]): string[] {
  const found: string[] = [];
  let last = 0;
  for (const heading of list) {
    const level = Number(heading.slice(1, 2));
    if (level > last + 1) found.push(`${heading} (after h${last})`);
    last = level;
  }
  return found;
}

/** The same from Chromium's own tree, for what its role=heading/aria-level mapping makes of it. */
async function chromiumHeadings(): Promise<string[]> {
  return axAll(await axTree(), 'heading').map((node: AxSnapshot) => `h${node.level} ${node.name}`);
}

describe('headings on the seed page, in every state the widgets put on it', () => {
  let page: HTMLElement;
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    ({ page } = await mountDemoPage(() => import('../../src/index.js')));
  });
  after(() => page.remove());

  it('no widget adds a heading that skips a level, or one that repeats the section’s heading', async () => {
    const checklist = page.querySelector('clinic-symptom-checklist') as Upgraded;
    const boxes = deepQueryAll(checklist, 'input[type="checkbox"]') as HTMLInputElement[];
    boxes[0].click();
    boxes[5].click(); // a warning sign: the urgent notice shows right after the warning signs
    await checklist.updateComplete;
    const form = page.querySelector('clinic-contact-form') as Upgraded;
    form.querySelector('button')!.click(); // empty: the error summary
    await form.updateComplete;
    const table = page.querySelector('clinic-phase-table') as Upgraded;
    table.setAttribute('current', '2');
    table.setAttribute('layout', 'steps');
    await table.updateComplete;

    const list = headings(page.querySelector('main')!);
    expect(list).to.include.members(['h3 Dringend advies: Waarschuwingssignaal aangevinkt', 'h3 Er is een probleem', 'h3 2. Mobiliteit & kracht']);
    expect(list.indexOf('h3 Dringend advies: Waarschuwingssignaal aangevinkt')).to.equal(list.indexOf('h3 Waarschuwingssignalen') + 1);
    expect(skipped(list)).to.deep.equal([]);
    expect(list.filter((heading, i) => list.indexOf(heading) !== i), 'no heading twice').to.deep.equal([]);
    if (inChromium) {
      const tree = await chromiumHeadings();
      expect(skipped(tree)).to.deep.equal([]);
      expect(tree).to.include('h3 Dringend advies: Waarschuwingssignaal aangevinkt');
    }
  });
});
