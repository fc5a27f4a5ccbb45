/**
 * One example of a widget: the attributes on its tag and the HTML an editor puts inside it.
 * `exampleHtml()` (examples/index.js) turns it into the copy-paste snippet.
 */
export interface Example {
  /** A short name for the state or use the example shows ("The seed page's FAQ"). */
  title: string;
  /** One or two sentences for docs and stories: what the example shows. */
  description: string;
  /** The attributes on the widget's own tag; `true` writes a boolean attribute. */
  attributes: Record<string, string | true>;
  /** The HTML inside the tag: the content the editor writes. */
  content: string;
  /** The page language the example is written in (the widgets follow the nearest `lang`). */
  lang: 'nl' | 'en';
}
