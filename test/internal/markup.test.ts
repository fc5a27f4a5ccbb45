import { expect } from '@open-wc/testing';
import { looksLikeMarkup } from '../../src/internal/markup.js';

describe('looksLikeMarkup', () => {
  it('recognises tags, end tags, comments, doctypes and processing instructions typed as text', () => {
    for (const text of ['<img src=x onerror=alert(1)>', 'Zie </p> hier', '<!-- opmerking -->', '<!DOCTYPE html>', '<?php echo 1; ?>', '<STRONG>Let op</STRONG>']) {
      expect(looksLikeMarkup(text), text).to.equal(true);
    }
  });

  it('leaves ordinary text with a lone "<" alone', () => {
    for (const text of ['pijn < 3 dagen', '3<5', '< 5 km', 'Rug- en nekklachten', '']) {
      expect(looksLikeMarkup(text), text).to.equal(false);
    }
  });
});
