import { foldForSearch, safeHref } from '../../internal/text.js';
import { readCoordinates, type Coordinates } from './distance.js';
import { parsePostcodeRanges, type PostcodeRange } from './postcode.js';

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
  const seen = new Set<string>();
  const locations: LocationModel[] = [];
  let stray: string | undefined;
  for (const element of host.children) {
    if (element.localName !== 'clinic-location') {
      stray ??= element.localName;
      continue;
    }
    /** An attribute's trimmed text, empty when missing. */
    const attr = (name: string) => element.getAttribute(name)?.trim() ?? '';
    // A framework may have set these as properties, not yet reflected to attributes.
    const own = element as Partial<Record<'value' | 'label', string>> & { selected?: boolean };
    const value = own.value?.trim() ?? attr('value');
    const named = own.label?.trim() ?? attr('label');
    const label = named || value;
    const name = label || `number ${locations.length + 1}`;
    const problem = (text: string) => problems.push(`<clinic-location> "${name}" ${text}`);
    // Without a value, or with one used before, a branch shows but cannot be chosen.
    const choosable = !!value && !seen.has(value);
    if (!value) problem('has no value; it cannot be chosen.');
    else if (!choosable) problem(`repeats the value "${value}"; it cannot be chosen.`);
    seen.add(value);
    if (!named) problem('has no label; its value is shown.');
    else if (/<[a-z!/?]/i.test(label)) problem('has a label that looks like markup; it is shown as text.');
    const href = (element as { href?: string }).href ?? attr('href');
    if (href && !safeHref(href)) problem(`has href "${href}", not a web link; no link is shown.`);
    const point = readCoordinates(attr('lat'), attr('lng'));
    if (!point && (element.hasAttribute('lat') || element.hasAttribute('lng'))) problem('has invalid lat/lng; it is never sorted by distance.');
    const { ranges, invalid } = parsePostcodeRanges(attr('postcodes'));
    if (invalid.length) problem(`has malformed postcodes (${invalid.join(', ')}); use e.g. 5750-5759,5760.`);
    locations.push({
      element: element as HTMLElement,
      value,
      label,
      point,
      ranges,
      text: foldForSearch(`${label} ${attr('serves')}`),
      selected: own.selected ?? element.hasAttribute('selected'),
      choosable,
    });
  }
  if (!locations.length) problems.push('it has no <clinic-location> children to choose from.');
  else if (stray) problems.push(`has a <${stray}> among the branches; put it outside the picker.`);
  return { locations, problems };
}
