import { expect } from '@open-wc/testing';
import { foldForSearch, readableText, slugify } from '../../src/internal/text.js';

describe('text helpers', () => {
  it('folds case, accents and whitespace for searching', () => {
    expect(foldForSearch('  Liéssel\n  Zuid ')).to.equal('liessel zuid');
    expect(foldForSearch('RÖNTGEN')).to.equal('rontgen');
    expect(foldForSearch('Zeeuws-Vlaanderen\tEN  Friesland')).to.equal('zeeuws-vlaanderen en friesland');
    expect(foldForSearch('Çà et là — İlker')).to.equal('ca et la — ilker');
  });

  it('makes id-safe slugs from questions', () => {
    expect(slugify('Is bewegen veilig met artrose?')).to.equal('is-bewegen-veilig-met-artrose');
    expect(slugify('Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?')).to.equal('ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn');
    expect(slugify('<script>alert(1)</script>')).to.equal('script-alert-1-script');
    expect(slugify('???')).to.equal('');
    expect(slugify('Wat kost een échografie in Ærøskøbing?')).to.equal('wat-kost-een-echografie-in-r-sk-bing');
    expect(slugify('a'.repeat(59) + ' b')).to.equal('a'.repeat(59));
  });

  it('reads text as a person sees it', () => {
    const p = document.createElement('p');
    p.innerHTML = ' Ja.\n  Juist <b>gedoseerd</b>   bewegen ';
    expect(readableText(p)).to.equal('Ja. Juist gedoseerd bewegen');
    expect(readableText(null)).to.equal('');
  });
});
