// Issue 17, "Demo": the branch picker sits inside the contact form on the seed page, so the branch a
// visitor chooses is sent with the message.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemoPage } from './demo-page.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

describe('demo page: the contact form sends the chosen branch', () => {
  let page: HTMLElement;
  before(async () => {
    sessionStorage.clear();
    ({ page } = await mountDemoPage(() => import('../../src/index.js')));
  });
  after(() => page.remove());

  it('has the branch picker inside the contact form’s own <form>', () => {
    expect(page.querySelector('clinic-contact-form form clinic-location-picker[name="vestiging"]')).to.exist;
  });

  it('submit → the endpoint receives the branch the visitor chose, with the rest of the message', async () => {
    const key = `demo-branch-${Date.now()}`;
    const form = page.querySelector('clinic-contact-form') as Upgraded;
    // The demo posts to the demo server's /api/contact; here the test server's endpoint answers.
    form.setAttribute('action', `/__submit?key=${key}`);
    form.setAttribute('min-fill-ms', '0');
    await form.updateComplete;

    const picker = form.querySelector('clinic-location-picker') as Upgraded & { value: string };
    const helmond = picker.querySelector('clinic-location[value="helmond"]') as Upgraded;
    await helmond.updateComplete;
    (helmond.shadowRoot!.querySelector('[role="radio"]') as HTMLElement).click();
    await picker.updateComplete;
    expect(picker.value).to.equal('helmond');

    for (const [name, text] of Object.entries({ name: 'Anna de Vries', email: 'anna@voorbeeld.nl', message: 'Ik heb last van mijn rug.' })) {
      form.querySelector<HTMLElement>(`[name="${name}"]`)!.focus();
      await sendKeys({ type: text });
    }
    form.querySelector<HTMLInputElement>('[name="consent"]')!.focus();
    await sendKeys({ press: ' ' });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    let arrived: { body: string }[] = [];
    await waitUntil(async () => {
      arrived = await (await fetch(`/__submit/received?key=${key}`)).json();
      return arrived.length > 0;
    }, 'the endpoint received the message', { timeout: 5000 });
    const body = JSON.parse(arrived[0].body) as Record<string, unknown>;
    expect(body).to.include({ vestiging: 'helmond', name: 'Anna de Vries', email: 'anna@voorbeeld.nl' });
  });
});
