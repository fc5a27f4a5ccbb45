// A clinic site with a dark look: its own CSS makes the text light and the background dark, and it
// sets none of our tokens. The widgets' default colours (tints of the text colour, and the danger
// and success colours mixed with it) must still read: no axe violation in the states with red in
// them (the contact form's error summary and wrong fields, the checklist's urgent notice).
import { expect } from '@open-wc/testing';
import { deepQueryAll, mountDemoPage } from './demo-page.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

describe('a dark page without tokens (seed page)', () => {
  let page: HTMLElement;
  const siteStyles = document.createElement('style');

  before(async () => {
    siteStyles.textContent = '.dark-site a:any-link { color: #7fd3e6; }';
    document.head.append(siteStyles);
    ({ page } = await mountDemoPage(() => import('../../src/index.js')));
    // What a site's dark theme sets: the page's colours and links, not ours (and no color-scheme, as many do not:
    // the page's own unstyled submit button would then be WebKit's dark one, which is not ours to judge).
    Object.assign(page.style, { color: '#e6ecee', background: '#12181b' });
    page.classList.add('dark-site');
  });

  after(() => {
    page.remove();
    siteStyles.remove();
  });

  it('has no axe violations with the form’s errors and the urgent notice showing', async () => {
    const checklist = page.querySelector('clinic-symptom-checklist') as Upgraded;
    const boxes = deepQueryAll(checklist, 'input[type="checkbox"]') as HTMLInputElement[];
    boxes.at(-1)!.click(); // a warning sign
    await checklist.updateComplete;
    const form = page.querySelector('clinic-contact-form') as Upgraded;
    form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])')!.click(); // empty: errors
    await form.updateComplete;
    expect(deepQueryAll(checklist, '[part="urgent-heading"]'), 'urgent notice').to.have.length(1);
    expect(deepQueryAll(form, '.error-summary-link').length, 'error summary links').to.be.greaterThan(0);
    await expect(page).to.be.accessible();
  });
});
