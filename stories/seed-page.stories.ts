import type { Meta, StoryObj } from '@storybook/web-components-vite';
import demoTemplate from '../demo/page.html?raw';
import demoCss from '../demo/demo.css?raw';
import { renderDemoPage } from '../demo/render.mjs';
import { fromMarkup, idPrefix, scopeIds } from './support.js';
import '../src/index.js';

/**
 * The whole seed clinic page ("Artrose in de wervelkolom") with all five widgets, as the demo serves
 * it (demo/page.html with the examples from examples/ put in, rendered here as `npm run build` writes
 * it to demo/index.html, so the story needs no build), in the demo site's own CSS (demo/demo.css).
 * Our own static page, so turning it into nodes is safe here; the widgets never do this with page text.
 */
const main = new DOMParser().parseFromString(renderDemoPage(demoTemplate), 'text/html').querySelector('main')!.outerHTML;

const meta: Meta = {
  title: 'Seed page',
  parameters: { layout: 'fullscreen' },
  render: (_args, context) => {
    // The site's own look, whatever the toolbar theme: the page brings its colours and tokens.
    const page = document.createElement('div');
    page.className = 'clinic-own-look';
    const site = document.createElement('div');
    site.className = 'demo-site';
    const style = document.createElement('style');
    style.textContent = `.demo-site { ${demoCss.replaceAll(':root', '&').replace(/^body \{[^}]*\}$/m, '')} }`;
    site.append(fromMarkup(scopeIds(main, idPrefix(context))));
    page.append(style, site);
    return page;
  },
};
export default meta;

/** The page at its full width. */
export const WholePage: StoryObj = {};

/** The page on a phone (320 px). */
export const Phone: StoryObj = { globals: { viewport: { value: 'phone', isRotated: false } } };
