import type { BuiltInTexts } from '../../internal/i18n.js';

/**
 * Built-in texts of `<clinic-location-picker>` and `<clinic-location>` (namespace `locations`).
 * Replace one per element with `data-i18n-<key>` (e.g. `data-i18n-search-label="Uw woonplaats"`)
 * or for the page with `registerTranslation('nl', { 'locations.searchLabel': '…' })`.
 */
export const texts: BuiltInTexts<
  | 'groupLabel'
  | 'searchLabel'
  | 'matches'
  | 'noMatch'
  | 'postcodeMatch'
  | 'postcodeNone'
  | 'postcodeNoneLocate'
  | 'locate'
  | 'locating'
  | 'sorted'
  | 'denied'
  | 'unavailable'
  | 'timeout'
  | 'distance'
  | 'required'
  | 'moreAbout'
  | 'servesPlace'
  | 'servesPostcode'
> = {
  nl: {
    groupLabel: 'Kies een vestiging',
    searchLabel: 'Zoek op plaats of postcode',
    matches: { one: '1 vestiging gevonden', other: '{count} vestigingen gevonden' },
    noMatch: 'Niets gevonden voor “{query}”. Zoek op plaats of postcode, of maak het veld leeg.',
    postcodeMatch: 'Postcode {postcode} valt onder {label} (bovenaan).',
    postcodeNone: 'Geen vestiging voor postcode {postcode}. Zoek op een plaats bij u in de buurt, of kies een vestiging uit de lijst.',
    postcodeNoneLocate: 'Geen vestiging voor postcode {postcode}. Druk op “{locate}” om de dichtstbijzijnde bovenaan te zetten, of kies een vestiging uit de lijst.',
    locate: 'Gebruik mijn locatie',
    locating: 'Locatie opvragen…',
    sorted: 'Dichtstbij eerst (hemelsbreed).',
    denied: 'Locatie niet gedeeld. Zoek op plaats of postcode.',
    unavailable: 'Locatie niet gevonden. Zoek op plaats of postcode.',
    timeout: 'Locatie zoeken duurde te lang. Zoek op plaats of postcode.',
    distance: '{km} km',
    required: 'Kies een vestiging.',
    moreAbout: 'Meer over {label}',
    servesPlace: 'bedient {place}',
    servesPostcode: 'bedient postcode {postcode}',
  },
  en: {
    groupLabel: 'Choose a location',
    searchLabel: 'Search by place or postcode',
    matches: { one: '1 location found', other: '{count} locations found' },
    noMatch: 'Nothing found for “{query}”. Search by place or postcode, or clear the field.',
    postcodeMatch: 'Postcode {postcode} is served by {label} (shown first).',
    postcodeNone: 'No location for postcode {postcode}. Search for a place near you, or choose a location from the list.',
    postcodeNoneLocate: 'No location for postcode {postcode}. Press “{locate}” to put the nearest first, or choose a location from the list.',
    locate: 'Use my location',
    locating: 'Finding your location…',
    sorted: 'Nearest first (straight-line).',
    denied: 'Location not shared. Search by place or postcode.',
    unavailable: 'Location not found. Search by place or postcode.',
    timeout: 'Location search took too long. Search by place or postcode.',
    distance: '{km} km',
    required: 'Choose a location.',
    moreAbout: 'More about {label}',
    servesPlace: 'serves {place}',
    servesPostcode: 'serves postcode {postcode}',
  },
};
