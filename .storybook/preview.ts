import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';

// API tables and controls come from custom-elements.json (generated from the JSDoc).
setCustomElementsManifest(manifest);

/** Themes a designer can switch between: the page's own look, a clinic brand, and a dark page. */
const themes: Record<string, Record<string, string>> = {
  page: {},
  clinic: {
    '--clinic-color-accent': '#00657f',
    '--clinic-color-accent-contrast': '#ffffff',
    '--clinic-color-surface': '#ffffff',
    '--clinic-color-muted': '#eef6f8',
    '--clinic-radius': '0.75rem',
    '--clinic-font-family': 'Georgia, serif',
  },
  dark: {
    background: '#15181c',
    color: '#e8eaed',
    '--clinic-color-accent': '#8ab4f8',
    '--clinic-color-accent-contrast': '#15181c',
    '--clinic-color-danger': '#f28b82',
    '--clinic-color-success': '#81c995',
  },
};

const preview: Preview = {
  // Every widget gets a docs page whose API tables come from custom-elements.json.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone 320', styles: { width: '320px', height: '640px' } },
        phoneLarge: { name: 'Phone 390', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
  globalTypes: {
    lang: {
      description: 'Page language (the lang attribute the widgets follow)',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'nl', title: 'Nederlands' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme tokens (--clinic-*)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['page', 'clinic', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'page' },
  decorators: [
    (story, context) => {
      // A story may fix its own language (parameters.lang), e.g. the "English page" stories.
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.lang as string) ?? 'nl';
      document.documentElement.lang = lang;
      const theme = themes[(context.globals.theme as string) ?? 'page'] ?? {};
      return html`<div lang=${lang} style=${styleMap({ padding: '1rem', fontFamily: 'system-ui, sans-serif', lineHeight: '1.5', ...theme })}>
        ${story()}
      </div>`;
    },
  ],
};
export default preview;
