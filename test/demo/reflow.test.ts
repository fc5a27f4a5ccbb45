// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a phone, or 1280 px zoomed to 400 %) the seed page
// with all five widgets scrolls only vertically — also with every FAQ answer open, the contact
// form's error summary showing and the picker's no-match message.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepQueryAll, mountDemoPage } from './demo-page.js';

/** Elements inside the widgets whose right edge passes the viewport's (shadow roots too). */
function overflowing(page: HTMLElement): string[] {
  const width = document.documentElement.clientWidth;
  return [...page.querySelectorAll('clinic-faq, clinic-symptom-checklist, clinic-phase-table, clinic-location-picker, clinic-contact-form')]
    .flatMap((widget) => [widget, ...deepQueryAll(widget, '*')])
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 0.5;
    })
    .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''} right ${Math.round(el.getBoundingClientRect().right)}`);
}

describe('reflow at 320 px (seed page)', () => {
  let page: HTMLElement;

  before(async () => {
    await setViewport({ width: 320, height: 640 });
    ({ page } = await mountDemoPage(() => import('../../src/index.js')));
    page.style.margin = '0';
  });

  after(async () => {
    page.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('needs no horizontal scrolling as it loads', () => {
    expect(overflowing(page)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('needs none with every answer open, the form showing its errors and the picker finding nothing', async () => {
    for (const details of page.querySelectorAll('clinic-faq details')) (details as HTMLDetailsElement).open = true;
    const form = page.querySelector('clinic-contact-form') as HTMLElement & { updateComplete: Promise<unknown> };
    const submit = deepQueryAll(form, 'button, input[type="submit"]').find((button) => (button as HTMLButtonElement).type === 'submit') as HTMLButtonElement;
    submit.click();
    await form.updateComplete;
    expect(deepQueryAll(form, '[part~="error-summary"]').length, 'error summary shown').to.be.above(0);
    const picker = page.querySelector('clinic-location-picker') as HTMLElement & { updateComplete: Promise<unknown> };
    const search = deepQueryAll(picker, 'input[type="search"], input[type="text"]')[0] as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'Onvindbaardorp-met-een-heel-lange-naam' });
    await picker.updateComplete;
    expect(overflowing(page)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
