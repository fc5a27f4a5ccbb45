// The toolbar's themes. Each must pass axe's colour-contrast rules in every story
// (test/stories/axe.test.mjs checks all four). A theme sets the page around the story (its text,
// background and link colours, as a site's own CSS would) and the documented --clinic-* tokens.

export interface Theme {
  title: string;
  /** The page's own colours: the whole canvas (html, body) takes them, not just the story's box. */
  page?: { color: string; background: string; link: string; colorScheme?: 'light' | 'dark' };
  /** Documented --clinic-* tokens, set on the story's wrapper. */
  tokens: Record<string, string>;
}

export const themes: Record<string, Theme> = {
  page: { title: 'Page default (no tokens)', tokens: {} },
  clinic: {
    title: 'Clinic brand',
    page: { color: '#1d2428', background: '#fbfaf7', link: '#00657f' },
    tokens: {
      '--clinic-color-accent': '#00657f',
      '--clinic-color-surface': '#ffffff',
      '--clinic-color-muted': '#eef6f8',
      '--clinic-radius': '0.75rem',
      '--clinic-font-family': 'Georgia, serif',
    },
  },
  dark: {
    title: 'Dark page',
    page: { color: '#e8eaed', background: '#15181c', link: '#8ab4f8', colorScheme: 'dark' },
    tokens: {
      '--clinic-color-accent': '#8ab4f8',
      '--clinic-color-surface': '#1d2127',
      // The chosen card and tinted panels: a dark tint, so light text keeps its contrast (7.9:1).
      '--clinic-color-muted': '#253041',
      '--clinic-color-border': '#8a9099',
      '--clinic-color-danger': '#f28b82',
      '--clinic-color-success': '#81c995',
      // The urgent heading's text on the danger colour: dark text on the light red (7.6:1, was 2.4:1 in white).
      '--clinic-checklist-urgent-contrast': '#15181c',
    },
  },
  contrast: {
    title: 'High contrast',
    page: { color: '#000000', background: '#ffffff', link: '#00008b' },
    tokens: {
      '--clinic-color-text': '#000000',
      '--clinic-color-accent': '#00008b',
      '--clinic-color-surface': '#ffffff',
      '--clinic-color-muted': '#ffffff',
      '--clinic-color-border': '#000000',
      '--clinic-color-danger': '#8b0000',
      '--clinic-color-success': '#004d00',
      '--clinic-color-focus': '#000000',
    },
  },
};
