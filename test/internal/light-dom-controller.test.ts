import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightDomController } from '../../src/internal/light-dom-controller.js';

class LightDomProbe extends LitElement {
  reads = 0;
  content = new LightDomController(this, () => this.reads++);
}
customElements.define('clinic-light-dom-probe', LightDomProbe);

const nextMutation = () => new Promise((resolve) => setTimeout(resolve));

describe('LightDomController', () => {
  it('reads the content on connect and again after an author edits it', async () => {
    const el = await fixture<LightDomProbe>(html`<clinic-light-dom-probe><p>One</p></clinic-light-dom-probe>`);
    expect(el.reads).to.equal(1);
    el.querySelector('p')!.textContent = 'Two';
    await nextMutation();
    expect(el.reads).to.equal(2);
    el.append(document.createElement('p'));
    await nextMutation();
    expect(el.reads).to.equal(3);
  });

  it('does not count the host\'s own attributes as content (a reflected value), but does count its children and theirs', async () => {
    const el = await fixture<LightDomProbe>(html`<clinic-light-dom-probe><p>One</p></clinic-light-dom-probe>`);
    el.setAttribute('value', 'deurne');
    await nextMutation();
    expect(el.reads).to.equal(1);
    el.setAttribute('value', 'mierlo');
    el.querySelector('p')!.setAttribute('lang', 'en');
    await nextMutation();
    expect(el.reads).to.equal(2);
    el.firstElementChild!.remove();
    await nextMutation();
    expect(el.reads).to.equal(3);
  });

  it('ignores the widget\'s own changes made quietly', async () => {
    const el = await fixture<LightDomProbe>(html`<clinic-light-dom-probe><p>One</p></clinic-light-dom-probe>`);
    el.content.quietly(() => el.querySelector('p')!.setAttribute('id', 'one'));
    await nextMutation();
    expect(el.reads).to.equal(1);
  });

  it('stops watching when removed', async () => {
    const el = await fixture<LightDomProbe>(html`<clinic-light-dom-probe><p>One</p></clinic-light-dom-probe>`);
    el.remove();
    el.querySelector('p')!.textContent = 'Two';
    await nextMutation();
    expect(el.reads).to.equal(1);
  });
});
