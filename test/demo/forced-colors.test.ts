// Windows High Contrast and other forced-colour modes replace the page's colours with a few system
// colours and drop box shadows and background images. On the seed page, every widget must stay
// usable there: focus still visible, the current phase and the chosen branch still told apart
// by something other than colour. Chromium emulates the mode; Firefox ESR cannot, and skips.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { deepActive } from '../support/deep-focus.js';
import { deepQueryAll, mountDemoPage } from './demo-page.js';

/** The `clinic-*` element an element belongs to (crossing shadow roots), if any. */
function widgetOf(element: Element): Element | undefined {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName.startsWith('clinic-') && node.localName !== 'clinic-location') return node;
  }
  return undefined;
}

/** What survives forced colours of an element and its ::before/::after, for all elements inside `root` (shadow roots too). */
function forcedLook(root: Element): string[] {
  const elements = [root, ...deepQueryAll(root, '*')];
  return elements.flatMap((element) =>
    ['', '::before', '::after'].map((pseudo) => {
      const style = getComputedStyle(element, pseudo || null);
      return [style.display, style.backgroundColor, style.borderTopWidth, style.borderTopColor, style.outlineStyle, style.fontWeight].join(' ');
    }),
  );
}

describe('forced colours (seed page)', function () {
  let page: HTMLElement;

  before(async function () {
    // test/support/forced-colors.mjs: true where the browser can emulate the mode
    const emulated = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true });
    if (!emulated || !matchMedia('(forced-colors: active)').matches) this.skip();
    ({ page } = await mountDemoPage(() => import('../../src/index.js')));
  });

  after(async () => {
    page?.remove();
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('has no axe violations', async () => {
    await expect(page).to.be.accessible();
  });

  it('shows an outline on every keyboard focus stop inside the widgets (box-shadow rings would vanish)', async () => {
    const first = deepQueryAll(page.querySelector('clinic-symptom-checklist')!, 'input')[0] as HTMLElement;
    first.focus();
    const seen = new Map<string, string>();
    for (let stop = 0; stop < 80; stop++) {
      const active = deepActive()!;
      const widget = widgetOf(active);
      if (widget) {
        const style = getComputedStyle(active);
        const label = `${widget.localName} ${active.localName}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').trim().slice(0, 20)}"`;
        seen.set(label, `${style.outlineStyle} ${style.outlineWidth}`);
      }
      await sendKeys({ press: 'Tab' });
    }
    const widgetsReached = new Set([...seen.keys()].map((label) => label.split(' ')[0]));
    // The phase table has nothing to focus; the other four all do.
    expect([...widgetsReached].sort()).to.deep.equal(['clinic-contact-form', 'clinic-faq', 'clinic-location-picker', 'clinic-symptom-checklist']);
    const invisible = [...seen].filter(([, outline]) => outline.startsWith('none') || outline.endsWith(' 0px'));
    expect(invisible, 'focus stops without an outline').to.deep.equal([]);
  });

  it('marks the current phase with a visible label, not colour alone', async () => {
    const table = page.querySelector('clinic-phase-table') as HTMLElement & { updateComplete: Promise<unknown> };
    table.setAttribute('current', '2');
    await table.updateComplete;
    const current = deepQueryAll(table, '[aria-current="step"]').find((element) => element.getBoundingClientRect().height > 0)!;
    expect(current, 'the current phase as shown').to.exist;
    // The label is text of its own, or generated content (`::before`) on the phase name.
    const says = (element: Element) =>
      (element.childElementCount === 0 && /huidige fase/i.test(element.textContent!)) ||
      ['::before', '::after'].some((pseudo) => /huidige fase/i.test(getComputedStyle(element, pseudo).content));
    const label = [current, ...deepQueryAll(current, '*')].find(says);
    expect(label, 'a "Huidige fase" label').to.exist;
    expect(label!.getBoundingClientRect().width).to.be.above(20);
    expect(getComputedStyle(label!).clipPath).to.equal('none');
    table.removeAttribute('current');
  });

  it('draws the chosen branch differently from the others', async () => {
    const picker = page.querySelector('clinic-location-picker') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
    const [chosen, other] = [...picker.querySelectorAll('clinic-location')] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    (deepActive() as HTMLElement | null)?.blur();
    const before = forcedLook(chosen);
    expect(before, 'two unchosen cards look alike').to.deep.equal(forcedLook(other));
    picker.value = chosen.getAttribute('value')!;
    await picker.updateComplete;
    await chosen.updateComplete;
    expect(forcedLook(chosen)).not.to.deep.equal(forcedLook(other));
    picker.value = '';
  });
});
