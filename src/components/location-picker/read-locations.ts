import { looksLikeMarkup } from '../../internal/markup.js';
import { foldForSearch, readableText, safeHref } from '../../internal/text.js';
import type { ServedPlace } from './arrange.js';
import { readCoordinates, type Coordinates } from './distance.js';
import { parsePostcodeRanges, type PostcodeRange } from './postcode.js';
import { readBoolean, readText } from './property-types.js';

/** One branch as the picker uses it, read from a `<clinic-location>` element's attributes. */
export interface LocationModel {
  element: HTMLElement;
  value: string;
  /** The branch name: its `label`, or its `value` when the label is missing. */
  label: string;
  point: Coordinates | null;
  ranges: PostcodeRange[];
  /** Label and served places, folded once per read for fast searching. */
  text: string;
  /** The label alone, folded. */
  foldedLabel: string;
  /** The places of `serves`, as written and folded. */
  servedPlaces: ServedPlace[];
  /** `selected` was set: the author's preselected choice. */
  selected: boolean;
  /** False when the branch cannot be chosen (no `value`, or a duplicate one). */
  choosable: boolean;
  /** Set by the picker: whether the branch shows (its `hidden` is the opposite). */
  shown?: boolean;
}

/**
 * Reads the `<clinic-location>` children of a picker into models, with the problems found
 * (in plain words, one per problem, for warnings). Bad branches are kept so their content still
 * shows, but a branch without a unique `value` cannot be chosen and bad coordinates are ignored.
 */
export function readLocations(host: Element): { locations: LocationModel[]; problems: string[] } {
  const problems: string[] = [];
  const valuesSeen = new Set<string>();
  const locations: LocationModel[] = [];
  let strayElement: string | undefined;
  for (const element of host.children) {
    if (element.localName !== 'clinic-location') {
      strayElement ??= element.localName;
      continue;
    }
    const branch = readLocation(element as HTMLElement, { position: locations.length + 1, valuesSeen });
    locations.push(branch.location);
    problems.push(...branch.problems);
  }
  const strayText = readStrayText(host);
  if (locations.length === 0) {
    problems.push('has no <clinic-location> children, so there is nothing to choose. Put one <clinic-location value="…" label="…"> inside it for each branch.');
  } else if (strayElement !== undefined) {
    problems.push(`has a <${strayElement}> among its branches. It is shown where it is, but it is not a branch: put it outside the picker, or inside a <clinic-location>.`);
  }
  if (strayText !== undefined) {
    problems.push(`has text among its branches ("${strayText}"). It is shown where it is, but it is not a branch: put it outside the picker, or inside a <clinic-location>.`);
  }
  // A picker in a branch's content (pasted into the card, or end tags missing) works on its own there.
  const innerPicker = host.querySelector(':scope > clinic-location clinic-location-picker');
  if (innerPicker) {
    const holder = locations.findIndex(({ element }) => element.contains(innerPicker));
    const holderName = locations[holder].label || `number ${holder + 1}`;
    problems.push(
      `holds another <clinic-location-picker> inside its branch "${holderName}" (pasted into the branch, or an end tag missing?). That picker works on its own inside the branch's card, and its branches are not choices of this one. Move the inner picker out of the <clinic-location>, or remove one of the two pickers.`,
    );
  }
  return { locations, problems };
}

/**
 * Reads one `<clinic-location>`: from its properties where a framework set them (maybe not yet
 * reflected to attributes, maybe not as texts), else from its attributes. `position` (from 1) names a
 * branch without label or value in a warning; `valuesSeen` holds the values of the branches before it.
 */
function readLocation(element: HTMLElement, context: { position: number; valuesSeen: Set<string> }): { location: LocationModel; problems: string[] } {
  const problems: string[] = [];
  /** An attribute's trimmed text, empty when missing. */
  const attribute = (name: string) => element.getAttribute(name)?.trim() ?? '';
  const properties = element as unknown as Partial<Record<'value' | 'label' | 'href' | 'selected', unknown>>;
  const wrongTypes: string[] = [];
  /** A property as a text (a number as its digits, anything else empty), else the attribute's; the href untrimmed, as a warning quotes it. */
  const textOf = (property: 'value' | 'label' | 'href') => {
    if (properties[property] === undefined) return property === 'href' ? (element.getAttribute('href') ?? '') : attribute(property);
    const { text, wrongType } = readText(properties[property]);
    if (wrongType) wrongTypes.push(`has its ${property} set to ${wrongType}, not a text, so it is read as empty. Set it to a text.`);
    return property === 'href' ? text : text.trim();
  };
  const value = textOf('value');
  const givenLabel = textOf('label');
  const label = givenLabel || value;
  const href = textOf('href');
  const name = label || `number ${context.position}`;
  const problem = (text: string) => problems.push(`<clinic-location> "${name}" ${text}`);
  for (const wrongType of wrongTypes) problem(wrongType);
  // Without a value, or with one used before, a branch shows but cannot be chosen.
  const choosable = value !== '' && !context.valuesSeen.has(value);
  if (value === '') problem('has no value, so it is shown but cannot be chosen. Give it a value="…" that no other branch has.');
  else if (!choosable) problem(`has the value "${value}", which an earlier branch already has, so it is shown but cannot be chosen. Give each branch a value of its own.`);
  context.valuesSeen.add(value);
  if (givenLabel === '') problem('has no label, so its radio is named by its value. Add label="…" with the branch\'s name.');
  else if (looksLikeMarkup(label)) problem('has a label that looks like HTML; it is shown as text, never as markup. Write the branch\'s name as plain text.');
  if (href && !safeHref(href)) problem(`has href "${href}", which is not a web link (http, https, mailto or tel), so no link is shown. Use the address of the branch's page.`);
  const point = readCoordinates(attribute('lat'), attribute('lng'));
  if (!point && (element.hasAttribute('lat') || element.hasAttribute('lng'))) {
    problem('has a lat or lng that is not a number within range, so it is never sorted by distance. Give both in decimal degrees, such as lat="51.4613" lng="5.7953".');
  }
  const { ranges, invalid } = parsePostcodeRanges(attribute('postcodes'));
  if (invalid.length > 0) {
    problem(`has postcodes that are not four-digit numbers or ranges (${invalid.join(', ')}); they are left out and the others still count. Write them like 5750-5759,5760.`);
  }
  const selected = properties.selected === undefined ? element.hasAttribute('selected') : readBoolean(properties.selected).value;
  const location: LocationModel = {
    element,
    value,
    label,
    point,
    ranges,
    text: foldForSearch(`${label} ${attribute('serves')}`),
    foldedLabel: foldForSearch(label),
    servedPlaces: readServedPlaces(attribute('serves')),
    selected,
    choosable,
  };
  return { location, problems };
}

/** The first text directly between the branches that is not blank, as a warning quotes it (else undefined). */
function readStrayText(host: Element): string | undefined {
  for (const node of host.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = readableText(node);
    if (text !== '') return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  }
  return undefined;
}

/** The places of a `serves` attribute ("Liessel, Vlierden"), as written and folded for searching. */
function readServedPlaces(serves: string): ServedPlace[] {
  return serves
    .split(',')
    .map((place) => place.trim())
    .filter((place) => place !== '')
    .map((place) => ({ name: place, folded: foldForSearch(place) }));
}
