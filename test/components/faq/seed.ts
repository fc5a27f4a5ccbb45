import { html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { faqContent } from '../../../examples/faq.js';

/** The seed page's five questions, as an editor writes them (from the one source of examples). */
export const seedItems = html`${unsafeHTML(faqContent())}`;

export const details = (el: Element) => [...el.querySelectorAll<HTMLDetailsElement>(':scope > details')];
export const summaries = (el: Element) => details(el).map((item) => item.querySelector('summary')!);
export const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.querySelector(":scope > [data-clinic-faq-controls]")!.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
export const schemaOf = (el: Element) => {
  const script = el.querySelectorAll('script[type="application/ld+json"]');
  return script.length === 1 ? JSON.parse(script[0].textContent!) : script.length;
};
