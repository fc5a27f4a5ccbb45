import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import demoPage from '../demo/index.html?raw';

/**
 * The whole seed clinic page ("Artrose in de wervelkolom") with all five widgets, taken from
 * demo/index.html so the story and the demo never drift apart. (Our own static page, so rendering
 * it as markup is safe here; the widgets themselves never do this with page text.)
 */
const main = new DOMParser().parseFromString(demoPage, 'text/html').querySelector('main')?.innerHTML ?? '';

const meta: Meta = {
  title: 'Seed page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const WholePage: StoryObj = {
  render: () => html`<div style="max-width:52rem;margin:0 auto;font-size:1.0625rem;--clinic-color-accent:#00657f">${unsafeHTML(main)}</div>`,
};

export const Phone: StoryObj = {
  ...WholePage,
  globals: { viewport: { value: 'phone', isRotated: false } },
};
