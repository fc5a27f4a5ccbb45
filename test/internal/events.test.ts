import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit } from '../../src/internal/events.js';

describe('emit', () => {
  it('dispatches a bubbling, composed event with the detail, seen outside a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    const heard = oneEvent(document.body, 'clinic-test-event');
    const sent = emit(inner, 'clinic-test-event', { id: 'a', open: true });
    const event = (await heard) as CustomEvent<{ id: string; open: boolean }>;
    expect(event).to.equal(sent);
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
    expect(event.detail).to.deep.equal({ id: 'a', open: true });
    expect(event.target).to.equal(outer); // retargeted across the shadow boundary
  });

  it('can be cancelable, and tells the caller when a listener cancelled it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    el.addEventListener('clinic-test-cancel', (event) => event.preventDefault(), { once: true });
    expect(emit(el, 'clinic-test-cancel', {}, { cancelable: true }).defaultPrevented).to.be.true;
    expect(emit(el, 'clinic-test-cancel', {}, { cancelable: true }).defaultPrevented).to.be.false;
  });
});
