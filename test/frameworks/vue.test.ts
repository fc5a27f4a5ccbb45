// The widgets inside a Vue 3 app, as a Vue developer writes them: a template with our tags
// (`isCustomElement`), `v-for` children that Vue keeps patching, `:prop` bindings (Vue sets them as
// properties), `@clinic-…` listeners. No errors or Vue warnings, and the widgets follow.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createApp, nextTick, ref, type App } from 'vue';
import '../../src/index.js';
import { branches } from './branches.js';
import type { ClinicFaq } from '../../src/faq.js';
import type { ClinicLocationChangeDetail, ClinicLocationPicker } from '../../src/location-picker.js';
import type { ClinicSymptomChecklist } from '../../src/symptom-checklist.js';


describe('in a Vue 3 app', () => {
  let host: HTMLElement;
  let app: App;
  let problems: string[];

  function mount(template: string, setup: () => object) {
    app = createApp({ template, setup });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('clinic-');
    app.config.warnHandler = (message) => problems.push(`Vue warning: ${message}`);
    app.config.errorHandler = (error) => problems.push(`Vue error: ${String(error)}`);
    app.mount(host);
  }

  beforeEach(() => {
    problems = [];
    host = document.createElement('div');
    host.lang = 'nl';
    document.body.append(host);
  });

  afterEach(() => {
    app.unmount();
    host.remove();
    expect(problems).to.deep.equal([]);
  });

  it('FAQ: follows a v-for list as it grows and shrinks, `searchable` bound as a property, @clinic-faq-toggle', async () => {
    const items = ref([
      { q: 'Is bewegen veilig met artrose?', a: 'Ja, juist gedoseerd.' },
      { q: 'Welke sport is geschikt?', a: 'Wandelen, fietsen en zwemmen.' },
    ]);
    const toggles: string[] = [];
    mount(
      `<clinic-faq :searchable="true" @clinic-faq-toggle="onToggle">
        <details v-for="item in items" :key="item.q"><summary>{{ item.q }}</summary><p>{{ item.a }}</p></details>
      </clinic-faq>`,
      () => ({ items, onToggle: (event: CustomEvent<{ id: string; open: boolean }>) => toggles.push(`${event.detail.id} ${event.detail.open}`) }),
    );
    const faq = host.querySelector('clinic-faq') as ClinicFaq;
    await faq.updateComplete;
    expect(faq.searchable).to.equal(true);
    expect(faq.querySelectorAll('details[id]')).to.have.length(2);

    items.value.push({ q: 'Wanneer naar de huisarts?', a: 'Bij koorts.' });
    await nextTick();
    await waitUntil(() => faq.querySelector('details:last-of-type')?.id === 'wanneer-naar-de-huisarts', 'the new item gets its id');

    // The filter field the widget added still works after Vue patched the list.
    const search = faq.querySelector('[data-clinic-faq-controls]')!.shadowRoot!.querySelector('input')!;
    search.focus();
    await sendKeys({ type: 'huisarts' });
    await waitUntil(() => faq.querySelectorAll('details:not([hidden])').length === 1);

    const last = faq.querySelector('details:last-of-type summary') as HTMLElement;
    last.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggles.length === 1);
    expect(toggles).to.deep.equal(['wanneer-naar-de-huisarts true']);

    items.value.splice(0, 1);
    await nextTick();
    await waitUntil(() => JSON.parse(faq.querySelector('script[type="application/ld+json"]')!.textContent!).mainEntity.length === 2);
  });

  it('location picker: v-for locations, a :value binding, @clinic-location-change', async () => {
    const chosen = ref('mierlo');
    const changes: ClinicLocationChangeDetail[] = [];
    mount(
      `<clinic-location-picker name="vestiging" :value="chosen" @clinic-location-change="onChange">
        <clinic-location v-for="b in branches" :key="b.value" :value="b.value" :label="b.label" :postcodes="b.postcodes" :serves="b.serves">
          <address>{{ b.label }} centrum</address>
        </clinic-location>
      </clinic-location-picker>`,
      () => ({
        branches,
        chosen,
        onChange: (event: CustomEvent<ClinicLocationChangeDetail>) => {
          changes.push(event.detail);
          chosen.value = event.detail.value;
        },
      }),
    );
    const picker = host.querySelector('clinic-location-picker') as ClinicLocationPicker;
    await picker.updateComplete;
    expect(picker.value).to.equal('mierlo');
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => changes.length === 1);
    expect(changes[0]).to.include({ value: 'helmond', label: 'Helmond' });
    chosen.value = 'deurne';
    await nextTick();
    await picker.updateComplete;
    expect(picker.value).to.equal('deurne');
  });

  it('symptom checklist: its value and change event reach Vue state', async () => {
    const ticked = ref<string[]>([]);
    mount(
      `<clinic-symptom-checklist @clinic-symptoms-change="ticked = $event.target.value">
        <ul><li>Startstijfheid na zitten</li><li>Zeurende pijn laag in de rug</li></ul>
      </clinic-symptom-checklist>
      <p id="count">{{ ticked.length }}</p>`,
      () => ({ ticked }),
    );
    const checklist = host.querySelector('clinic-symptom-checklist') as ClinicSymptomChecklist;
    await checklist.updateComplete;
    const boxes = [...checklist.shadowRoot!.querySelectorAll('input[type="checkbox"]'), ...checklist.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    boxes[0].click();
    await waitUntil(() => host.querySelector('#count')!.textContent === '1', 'Vue saw the tick');
  });
});
