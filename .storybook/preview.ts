import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { extractArgTypes, extractComponentDescription, setManifest } from './api-tables.js';
import { themes } from './themes.js';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';

// API tables and controls come from custom-elements.json (generated from the JSDoc), through our
// own reader: public API only, and an attribute, a slot and a part of the same name each keep a row.
setCustomElementsManifest(manifest);
setManifest(manifest);

/** One stylesheet for what a theme sets on the page itself: link colours, and the canvas in story view. */
const themeSheet = new CSSStyleSheet();
themeSheet.replaceSync(
  Object.entries(themes)
    .filter(([, theme]) => theme.page)
    .map(
      ([name, theme]) =>
        `.clinic-theme-${name} a:any-link { color: ${theme.page!.link}; }\n` +
        // On a docs page, the theme's background fills each story's whole preview box too.
        `.docs-story:has(.clinic-theme-${name}) { background: ${theme.page!.background}; }`,
    )
    .join('\n') +
    // A story "in a clinic's own look" brings its own page colours and tokens: it reads the same in every theme.
    `
.clinic-own-look {
  color: #1d2428; background: #ffffff; padding: 1rem;
  --clinic-color-text: #1d2428; --clinic-color-accent: #00657f; --clinic-color-surface: #ffffff;
  --clinic-color-muted: #eef6f8; --clinic-color-border: #7d8c92; --clinic-color-danger: #b3261e;
  --clinic-color-success: #1e6b34; --clinic-color-focus: #1d2428; --clinic-checklist-urgent-contrast: #ffffff;
}
.clinic-own-look a:any-link { color: #00657f; }`,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeSheet];

const preview: Preview = {
  // Every widget gets a docs page whose API tables come from custom-elements.json.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { extractArgTypes, extractComponentDescription },
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
      description: 'Theme: the page around the widgets and the --clinic-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'page' },
  decorators: [
    (story, context) => {
      // A story may fix its own language (parameters.lang), e.g. the "English page" stories.
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.lang as string) ?? 'nl';
      document.documentElement.lang = lang;
      const name = (context.globals.theme as string) in themes ? (context.globals.theme as string) : 'page';
      const theme = themes[name];
      // In the single-story view the theme's page colours cover the whole canvas, as a site's would.
      const canvas = document.documentElement.style;
      if (context.viewMode === 'story' && theme.page) {
        canvas.background = theme.page.background;
        canvas.color = theme.page.color;
        canvas.colorScheme = theme.page.colorScheme ?? 'light';
      } else {
        for (const property of ['background', 'color', 'color-scheme']) canvas.removeProperty(property);
      }
      const style: Record<string, string> = { padding: '1rem', fontFamily: 'system-ui, sans-serif', lineHeight: '1.5', ...theme.tokens };
      // The page's form fields and scrollbars follow the theme too (color-scheme), as on a dark site.
      if (theme.page) Object.assign(style, { color: theme.page.color, background: theme.page.background, colorScheme: theme.page.colorScheme ?? 'light' });
      // The CSS custom property controls: what a designer types there applies to the widget.
      for (const [property, value] of Object.entries(context.args)) {
        if (property.startsWith('--') && typeof value === 'string' && value.trim() !== '') style[property] = value;
      }
      return html`<div class="clinic-story clinic-theme-${name}" lang=${lang} style=${styleMap(style)}>${story()}</div>`;
    },
  ],
};
export default preview;
