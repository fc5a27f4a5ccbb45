/**
 * Whether text an editor typed looks like HTML that was meant as markup: a tag (`<img …>`, `</p>`),
 * a comment or doctype (`<!-- …`, `<!DOCTYPE`) or a processing instruction (`<?php`). The widgets
 * never turn such text into markup; they show it as text and warn the editor, because it usually
 * means the CMS escaped what the editor pasted ("&lt;strong&gt;" on the page).
 *
 * A lone "<" in ordinary text ("pijn < 3 dagen", "a<b") does not count.
 */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-z!?]/i.test(text);
}
