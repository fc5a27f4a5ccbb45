import { expect } from '@open-wc/testing';
import { arrange, searchStatus } from '../../../src/components/location-picker/arrange.js';
import { foldForSearch } from '../../../src/internal/text.js';
import { distanceKm, readCoordinates, roundKm } from '../../../src/components/location-picker/distance.js';
import { matchReasonTexts } from '../../../src/components/location-picker/card-state.js';
import { initialChoice, keyChoice } from '../../../src/components/location-picker/choosing.js';
import type { LocationModel } from '../../../src/components/location-picker/read-locations.js';
import { inRanges, parsePostcodeRanges, postcodeNumber } from '../../../src/components/location-picker/postcode.js';

describe('postcode logic', () => {
  it('parses ranges and single numbers', () => {
    expect(parsePostcodeRanges('5750-5759,5760')).to.deep.equal({
      ranges: [
        { from: 5750, to: 5759 },
        { from: 5760, to: 5760 },
      ],
      invalid: [],
    });
    expect(parsePostcodeRanges(' 5420 - 5428 , 5761-5763 ').ranges).to.have.length(2);
    expect(parsePostcodeRanges('').ranges).to.deep.equal([]);
  });

  it('returns malformed parts and keeps the valid ones', () => {
    const { ranges, invalid } = parsePostcodeRanges('5759-5750, abc, 575, 5700-5709');
    expect(ranges).to.deep.equal([{ from: 5700, to: 5709 }]);
    expect(invalid).to.deep.equal(['5759-5750', 'abc', '575']);
  });

  it('recognises Dutch postcodes as typed', () => {
    expect(postcodeNumber('5751')).to.equal(5751);
    expect(postcodeNumber('5751AB')).to.equal(5751);
    expect(postcodeNumber('5751 ab')).to.equal(5751);
    expect(postcodeNumber(' 5751 AB ')).to.equal(5751);
    expect(postcodeNumber('5751 a')).to.equal(5751);
    expect(postcodeNumber('575')).to.equal(undefined);
    expect(postcodeNumber('0751')).to.equal(undefined);
    expect(postcodeNumber('5751 abc')).to.equal(undefined);
    expect(postcodeNumber('Deurne')).to.equal(undefined);
  });

  it('matches a postcode to ranges, ends included', () => {
    const { ranges } = parsePostcodeRanges('5750-5759,5760');
    expect(inRanges(5750, ranges)).to.be.true;
    expect(inRanges(5759, ranges)).to.be.true;
    expect(inRanges(5760, ranges)).to.be.true;
    expect(inRanges(5761, ranges)).to.be.false;
  });
});

describe('distance logic', () => {
  it('reads only numeric coordinates within range', () => {
    expect(readCoordinates('51.46', '5.79')).to.deep.equal({ lat: 51.46, lng: 5.79 });
    expect(readCoordinates('abc', '5.79')).to.equal(null);
    expect(readCoordinates('91', '5')).to.equal(null);
    expect(readCoordinates('51', '181')).to.equal(null);
    expect(readCoordinates('', '5')).to.equal(null);
    expect(readCoordinates(null, null)).to.equal(null);
  });

  it('measures straight-line distance in km (haversine)', () => {
    const deurne = { lat: 51.4613, lng: 5.7953 };
    const helmond = { lat: 51.4793, lng: 5.657 };
    expect(distanceKm(deurne, deurne)).to.equal(0);
    expect(distanceKm(deurne, helmond)).to.be.closeTo(9.8, 0.2);
    // Amsterdam – Paris is about 430 km
    expect(distanceKm({ lat: 52.3676, lng: 4.9041 }, { lat: 48.8566, lng: 2.3522 })).to.be.closeTo(430, 5);
  });

  it('rounds kilometres to one decimal, as shown', () => {
    expect([roundKm(1.74), roundKm(1.75), roundKm(9.8049), roundKm(0)]).to.deep.equal([1.7, 1.8, 9.8, 0]);
  });
});

describe('arrange', () => {
  /** A branch as `arrange` sees it, read like readLocations reads one. */
  const branch = (label: string, serves: string, postcodes: string) => ({
    text: foldForSearch(`${label} ${serves}`),
    foldedLabel: foldForSearch(label),
    servedPlaces: serves
      .split(',')
      .filter((place) => place.trim() !== '')
      .map((place) => ({ name: place.trim(), folded: foldForSearch(place) })),
    ranges: parsePostcodeRanges(postcodes).ranges,
  });
  const items = [branch('Deurne', 'Liessel, Vlierden', '5750-5759'), branch('Mierlo', '', '5730-5731'), branch('Helmond', 'Stiphout', '5700-5709,5750')];

  it('shows everything in content order without a search', () => {
    expect(arrange(items, '')).to.deep.include({ shown: [true, true, true], order: [0, 1, 2], count: 3 });
    expect(arrange(items, '57').count).to.equal(3);
  });

  it('filters by label and served places, ignoring case and accents', () => {
    expect(arrange(items, 'LIÉSSEL').shown).to.deep.equal([true, false, false]);
    expect(arrange(items, 'stip').shown).to.deep.equal([false, false, true]);
    expect(arrange(items, 'xyz').count).to.equal(0);
  });

  it('puts branches serving a postcode first, keeping all shown', () => {
    const found = arrange(items, '5750 AB');
    expect(found.postcode).to.equal(5750);
    expect(found.matches).to.deep.equal([0, 2]);
    expect(found.order).to.deep.equal([0, 2, 1]);
    expect(found.count).to.equal(3);
    expect(arrange(items, '9999').matches).to.deep.equal([]);
  });

  it('sorts by distance, branches without one last', () => {
    expect(arrange(items, '', [12, undefined, 3]).order).to.deep.equal([2, 0, 1]);
  });

  it('says why a branch matched when its name does not: the served place as written, or the postcode', () => {
    expect(arrange(items, 'liéssel').reasons).to.deep.equal([{ place: 'Liessel' }, undefined, undefined]);
    expect(arrange(items, 'deurne').reasons, 'the name says it').to.deep.equal([undefined, undefined, undefined]);
    expect(arrange(items, 'l').reasons, 'one letter: no reasons').to.deep.equal([undefined, undefined, undefined]);
    expect(arrange(items, '5750').reasons).to.deep.equal([{ postcode: 5750 }, undefined, { postcode: 5750 }]);
    expect(arrange(items, '').reasons).to.deep.equal([undefined, undefined, undefined]);
  });

  it('words the status line: postcode served or not, how many match, none', () => {
    const labelOf = (index: number) => ['Deurne', 'Mierlo', 'Helmond'][index];
    expect(searchStatus(arrange(items, ''), '', labelOf)).to.equal(undefined);
    expect(searchStatus(arrange(items, '5750'), '5750', labelOf)).to.deep.equal({ key: 'postcodeMatch', values: { postcode: '5750', label: 'Deurne, Helmond' } });
    expect(searchStatus(arrange(items, '9999'), '9999', labelOf)).to.deep.equal({ key: 'postcodeNone', values: { postcode: '9999' } });
    expect(searchStatus(arrange(items, '9999'), '9999', labelOf, 'Gebruik mijn locatie'), 'pointing to the location button').to.deep.equal({
      key: 'postcodeNoneLocate',
      values: { postcode: '9999', locate: 'Gebruik mijn locatie' },
    });
    expect(searchStatus(arrange(items, '5750'), '5750', labelOf, 'Gebruik mijn locatie')!.key, 'a served postcode needs no button').to.equal('postcodeMatch');
    expect(searchStatus(arrange(items, 'stip'), ' stip ', labelOf)).to.deep.equal({ key: 'matches', values: { count: '1' } });
    expect(searchStatus(arrange(items, 'xyz'), 'xyz', labelOf)).to.deep.equal({ key: 'noMatch', values: { query: 'xyz' } });
  });
});

describe('choosing', () => {
  /** A branch as the choosing functions see it. */
  const branch = (value: string, { choosable = true, selected = false } = {}) => ({ value, choosable, selected }) as LocationModel;
  const branches = [branch('deurne'), branch('mierlo', { selected: true }), branch('', { choosable: false, selected: true }), branch('helmond')];

  it('starts with the picker’s own value, else the remembered choice, else the selected branch', () => {
    expect(initialChoice(branches, 'helmond', 'deurne')).to.deep.equal({ defaultValue: 'helmond', value: 'helmond' });
    expect(initialChoice(branches, '', 'deurne')).to.deep.equal({ defaultValue: 'mierlo', value: 'deurne' });
    expect(initialChoice(branches, '', 'gone')).to.deep.equal({ defaultValue: 'mierlo', value: 'mierlo' });
    expect(initialChoice(branches, '', undefined)).to.deep.equal({ defaultValue: 'mierlo', value: 'mierlo' });
    const noneSelected = [branch('deurne'), branch('', { choosable: false, selected: true })];
    expect(initialChoice(noneSelected, '', undefined), 'a branch that cannot be chosen is never preselected').to.deep.equal({ defaultValue: '', value: '' });
  });

  it('moves the choice with the arrow keys through the navigable branches, round at the ends; Space chooses the focused one', () => {
    const navigable = [3, 0, 5];
    expect(['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].map((key) => keyChoice(key, 0, navigable))).to.deep.equal([5, 5, 3, 3]);
    expect(keyChoice('ArrowDown', 5, navigable), 'from the last to the first').to.equal(3);
    expect(keyChoice('ArrowUp', 3, navigable), 'from the first to the last').to.equal(5);
    expect(keyChoice(' ', 0, navigable)).to.equal(0);
    expect(keyChoice('Enter', 0, navigable)).to.equal(undefined);
    expect(keyChoice('a', 0, navigable)).to.equal(undefined);
  });
});

describe('match reason texts', () => {
  it('words each distinct reason once and gives every branch with it the same text', () => {
    const asked: string[] = [];
    const describe = ({ place, postcode }: { place?: string; postcode?: number }) => {
      const text = place === undefined ? `bedient postcode ${postcode}` : `bedient ${place}`;
      asked.push(text);
      return text;
    };
    const texts = matchReasonTexts([{ place: 'Liessel' }, undefined, { place: 'Liessel' }, { postcode: 5751 }, { postcode: 5751 }], describe);
    expect(texts).to.deep.equal(['bedient Liessel', undefined, 'bedient Liessel', 'bedient postcode 5751', 'bedient postcode 5751']);
    expect(asked).to.deep.equal(['bedient Liessel', 'bedient postcode 5751']);
  });
});
