// The widgets inside a React 19 app, as a React developer writes them: tags in JSX (here
// createElement), props that React sets as properties, `on<event-name>` props for our events,
// children that React keeps re-rendering. No errors, no React warnings, and the widgets follow.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement as h, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js';
import { branches } from './branches.js';
import type { ClinicContactForm } from '../../src/contact-form.js';
import type { ClinicFaq } from '../../src/faq.js';
import type { ClinicLocationChangeDetail, ClinicLocationPicker } from '../../src/location-picker.js';

/** React renders asynchronously: wait until the DOM shows what was asked for. */
async function settled(change: () => void, done: () => unknown, message?: string): Promise<void> {
  change();
  await waitUntil(done, message);
}

const questions = [
  ['Is bewegen veilig met artrose?', 'Ja. Juist gedoseerd bewegen maakt gewrichten belastbaarder.'],
  ['Welke sport is geschikt?', 'Wandelen, fietsen en zwemmen zijn vaak fijn.'],
];

describe('in a React 19 app', () => {
  let host: HTMLElement;
  let root: Root;
  let consoleErrors: unknown[][];
  const originalError = console.error;

  beforeEach(() => {
    host = document.createElement('div');
    host.lang = 'nl';
    document.body.append(host);
    root = createRoot(host);
    consoleErrors = [];
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError(...args);
    };
  });

  afterEach(async () => {
    root.unmount();
    host.remove();
    console.error = originalError;
    expect(consoleErrors, 'React or the widgets logged errors').to.deep.equal([]);
  });

  it('FAQ: follows items React adds and removes, takes `single` as a prop, reports toggles through onclinic-faq-toggle', async () => {
    const toggles: string[] = [];
    let setCount!: (count: number) => void;
    function Faq() {
      const [count, set] = useState(2);
      setCount = set;
      const items = [...questions, ['Wanneer naar de huisarts?', 'Bij koorts of onverwachte uitval.']].slice(0, count);
      return h(
        'clinic-faq',
        { single: true, 'onclinic-faq-toggle': (event: CustomEvent<{ id: string; open: boolean }>) => toggles.push(`${event.detail.id} ${event.detail.open}`) },
        items.map(([question, answer]) => h('details', { key: question }, h('summary', null, question), h('p', null, answer))),
      );
    }
    await settled(() => root.render(h(Faq)), () => host.querySelector('clinic-faq'));
    const faq = host.querySelector('clinic-faq') as ClinicFaq;
    await faq.updateComplete;
    expect(faq.single).to.equal(true);
    expect([...faq.querySelectorAll('details')].map((details) => details.id)).to.deep.equal(['is-bewegen-veilig-met-artrose', 'welke-sport-is-geschikt']);

    await settled(() => setCount(3), () => faq.querySelectorAll('details[id]').length === 3, 'the new item gets an id');
    const schema = () => JSON.parse(faq.querySelector('script[type="application/ld+json"]')!.textContent!).mainEntity.length;
    await waitUntil(() => schema() === 3, 'the JSON-LD follows');

    const summaries = [...faq.querySelectorAll('summary')];
    summaries[0].focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggles.length >= 3);
    // single: opening the second closed the first
    expect(toggles).to.include.members(['is-bewegen-veilig-met-artrose true', 'welke-sport-is-geschikt true', 'is-bewegen-veilig-met-artrose false']);

    await settled(() => setCount(1), () => schema() === 1, 'the JSON-LD follows a removal');
    expect(faq.querySelectorAll('details')).to.have.length(1);
  });

  it('location picker: a controlled value prop, onclinic-location-change, FormData of a React form, and React re-rendering cards the picker has moved', async () => {
    const changes: ClinicLocationChangeDetail[] = [];
    let setList!: (list: typeof branches) => void;
    let formData: FormData | undefined;
    function Picker() {
      const [value, setValue] = useState('mierlo');
      const [list, set] = useState(branches);
      setList = set;
      return h(
        'form',
        { onSubmit: (event: SubmitEvent) => (event.preventDefault(), (formData = new FormData(event.currentTarget as HTMLFormElement))) },
        h(
          'clinic-location-picker',
          {
            name: 'vestiging',
            value,
            'onclinic-location-change': (event: CustomEvent<ClinicLocationChangeDetail>) => {
              changes.push(event.detail);
              setValue(event.detail.value);
            },
          },
          list.map((branch) => h('clinic-location', { key: branch.value, ...branch }, h('address', null, `${branch.label} centrum`))),
        ),
        h('button', null, 'Verstuur'),
      );
    }
    await settled(() => root.render(h(Picker)), () => host.querySelector('clinic-location-picker'));
    const picker = host.querySelector('clinic-location-picker') as ClinicLocationPicker;
    await picker.updateComplete;
    expect(picker.value).to.equal('mierlo');

    // Choosing with the keyboard: the event reaches React, whose state sets the same value back.
    (picker.querySelector('clinic-location[value="mierlo"]') as HTMLElement).focus();
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => changes.length === 1);
    expect(changes[0]).to.include({ value: 'helmond', label: 'Helmond' });
    await waitUntil(() => picker.value === 'helmond', 'React sets the chosen value back');

    // A postcode moves Deurne first; then React adds a branch and re-renders the moved cards.
    const search = picker.shadowRoot!.querySelector('input') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: '5751' });
    await waitUntil(() => picker.querySelector('clinic-location')!.getAttribute('value') === 'deurne', 'postcode match first');
    await settled(() => setList([...branches, { value: 'geldrop', label: 'Geldrop', postcodes: '5660-5669', serves: 'Mierlo-Hout' }]), () => picker.querySelectorAll('clinic-location').length === 4);
    expect(picker.querySelector('clinic-location')!.getAttribute('value'), 'the match stays first').to.equal('deurne');
    await settled(() => setList(branches.slice(1)), () => picker.querySelectorAll('clinic-location').length === 2);

    (host.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => formData);
    expect(formData!.get('vestiging')).to.equal('helmond');
  });

  it('contact form around a React form with controlled fields: what React holds is what is sent; success resets React state through onclinic-submit-success', async () => {
    const key = `react-${Date.now()}`;
    function Contact() {
      const [fields, setFields] = useState({ name: '', email: '', message: '' });
      const field = (name: keyof typeof fields, label: string, type = 'text') =>
        h('p', { key: name }, h('label', { htmlFor: `r-${name}` }, `${label} *`), h(name === 'message' ? 'textarea' : 'input', {
          id: `r-${name}`, name, type: name === 'message' ? undefined : type, required: true, value: fields[name],
          onChange: (event: Event) => setFields({ ...fields, [name]: (event.target as HTMLInputElement).value }),
        }));
      return h(
        'clinic-contact-form',
        { action: `/__submit?key=${key}`, 'min-fill-ms': '0', 'no-draft': '', 'onclinic-submit-success': () => setFields({ name: '', email: '', message: '' }) },
        h('form', null, h('p', null, '"*" geeft vereiste velden aan'), field('name', 'Naam'), field('email', 'E-mail', 'email'), field('message', 'Bericht'), h('button', null, 'Verstuur')),
      );
    }
    await settled(() => root.render(h(Contact)), () => host.querySelector('clinic-contact-form'));
    const element = host.querySelector('clinic-contact-form') as ClinicContactForm;
    await element.updateComplete;
    (host.querySelector('#r-name') as HTMLInputElement).focus();
    await sendKeys({ type: 'Anna de Vries' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'anna@example.nl' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mag ik <b>morgen</b> bellen?' });
    (host.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(async () => (await (await fetch(`/__submit/received?key=${key}`)).json()).length === 1, 'the endpoint received one submission');
    const [request] = await (await fetch(`/__submit/received?key=${key}`)).json();
    expect(JSON.parse(request.body)).to.deep.equal({ name: 'Anna de Vries', email: 'anna@example.nl', message: 'Mag ik <b>morgen</b> bellen?' });
    await waitUntil(() => (host.querySelector('#r-name') as HTMLInputElement).value === '', 'React state reset after success');
    expect((host.querySelector('#r-message') as HTMLTextAreaElement).value).to.equal('');
  });
});
