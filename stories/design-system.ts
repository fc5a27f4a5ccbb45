// The design system as the Introduction shows it, read from the sources so it never drifts: the
// global --clinic-* tokens from the JSDoc of src/internal/tokens.styles.ts, each widget's own tokens,
// parts and summary from custom-elements.json, the toolbar's themes from .storybook/themes.ts.
import manifest from '../custom-elements.json';
import tokensSource from '../src/internal/tokens.styles.ts?raw';
import { themes } from '../.storybook/themes.js';

export interface Token {
  name: string;
  default: string;
  description: string;
}

export interface Widget {
  tag: string;
  summary: string;
  tokens: Token[];
  parts: { name: string; description: string }[];
}

/** `@cssprop [--clinic-radius=0.5rem] - Corner radius.` lines of the shared tokens' JSDoc. */
export const globalTokens: Token[] = [...tokensSource.matchAll(/@cssprop \[(--clinic-[a-z-]+)=([^\]]*)\] - (.+)/g)].map(([, name, value, description]) => ({
  name,
  default: value.trim(),
  description: description.trim(),
}));

/** A token's default as CSS a swatch can show (`color-mix(currentColor 6%)` → a valid color-mix). */
export const swatch = (value: string) => value.replace(/^color-mix\(currentColor (\d+)%\)$/, 'color-mix(in srgb, currentColor $1%, transparent)');

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  cssProperties?: { name: string; default?: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** The widgets, in the order a page usually shows them. */
const order = ['clinic-symptom-checklist', 'clinic-faq', 'clinic-phase-table', 'clinic-location-picker', 'clinic-location', 'clinic-contact-form'];

export const widgets: Widget[] = order
  .map((tag) => declarations.find((declaration) => declaration.tagName === tag))
  .filter((declaration): declaration is Declaration => declaration !== undefined)
  .map((declaration) => ({
    tag: declaration.tagName!,
    // The first paragraph: what the widget does (its docs page has the rest).
    summary: (declaration.summary ?? declaration.description ?? '').split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim(),
    tokens: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, default: property.default ?? '', description: property.description ?? '' })),
    parts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
  }));

/** The colour tokens of each toolbar theme that sets them, for swatches side by side. */
export const themeColours = Object.entries(themes)
  .filter(([, theme]) => Object.keys(theme.tokens).some((token) => token.startsWith('--clinic-color')))
  .map(([name, theme]) => ({
    name,
    title: theme.title,
    colours: Object.fromEntries(Object.entries(theme.tokens).filter(([token]) => token.startsWith('--clinic-color'))),
  }));
