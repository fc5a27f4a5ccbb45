import { expect, fixture, html } from '@open-wc/testing';
import { warn, resetWarnings } from '../../src/internal/warn.js';
import { captureWarnings } from '../support/warnings.js';

describe('warn', () => {
  it('names the element (and its id) and the problem in one console.warn', async () => {
    const el = await fixture(html`<section id="faq-1"></section>`);
    const warnings = captureWarnings();
    try {
      warn(el, 'a <details> has no <summary>');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal(['[clinic-elements] <section id="faq-1">: a <details> has no <summary>']);
  });

  it('passes the element after the message, so the browser’s console links it to the page', async () => {
    const el = await fixture(html`<section></section>`);
    const original = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      warn(el, 'no items');
    } finally {
      console.warn = original;
    }
    expect(calls).to.have.length(1);
    expect(calls[0][1] === el, 'the element as second argument').to.be.true;
  });

  it('reports the same problem of the same element only once, until reset', async () => {
    const el = await fixture(html`<div></div>`);
    const other = await fixture(html`<span></span>`);
    const warnings = captureWarnings();
    try {
      warn(el, 'problem A');
      warn(el, 'problem A');
      warn(el, 'problem B');
      warn(other, 'problem A');
      resetWarnings(el);
      warn(el, 'problem A');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '[clinic-elements] <div>: problem A',
      '[clinic-elements] <div>: problem B',
      '[clinic-elements] <span>: problem A',
      '[clinic-elements] <div>: problem A',
    ]);
  });
});
