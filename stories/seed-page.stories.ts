import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Placeholder: each widget's issue adds its own stories file; this one will show the whole seed page. */
const meta: Meta = { title: 'Seed page' };
export default meta;

export const Intro: StoryObj = {
  render: () => html`<p>Artrose in de wervelkolom: klachten, oorzaken &amp; behandeling</p>`,
};
