/**
 * Whether text an editor typed looks like HTML that was meant as markup: a tag (`<img …>`, `</p>`),
 * a comment or doctype (`<!-- …`, `<!DOCTYPE`) or a processing instruction (`<?php`). The widgets
 * never turn such text into markup; they show it as text and warn the editor, because it usually
 * means the CMS escaped what the editor pasted ("&lt;strong&gt;" on the page).
 *
 * A "<" before a space or a digit in ordinary text ("pijn < 3 dagen", "3<5") does not count; "a<b"
 * does, as it would start a tag in HTML too.
 */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-z!?]/i.test(text);
}
