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
  | 'showAll'
  | 'postcodeMatch'
  | 'postcodeNone'
  | 'locate'
  | 'locating'
  | 'sorted'
  | 'denied'
  | 'unavailable'
  | 'timeout'
  | 'distance'
  | 'required'
  | 'moreAbout'
> = {
  nl: {
    groupLabel: 'Kies een vestiging',
    searchLabel: 'Zoek op plaats of postcode',
    matches: { one: '1 vestiging gevonden', other: '{count} vestigingen gevonden' },
    noMatch: 'Geen vestiging gevonden voor “{query}”. Probeer een plaats in de buurt of je postcode.',
    showAll: 'Toon alle vestigingen',
    postcodeMatch: 'Postcode {postcode} valt onder {label}; die staat bovenaan.',
    postcodeNone: 'Geen vestiging voor postcode {postcode}; kies hieronder de dichtstbijzijnde.',
    locate: 'Gebruik mijn locatie',
    locating: 'Je locatie wordt opgevraagd…',
    sorted: 'Gesorteerd op afstand hemelsbreed, dichtstbij eerst.',
    denied: 'Je locatie is niet gedeeld. Zoek op plaats of postcode.',
    unavailable: 'Je locatie is niet gevonden. Zoek op plaats of postcode.',
    timeout: 'Je locatie zoeken duurde te lang. Probeer opnieuw of zoek op plaats of postcode.',
    distance: '{km} km',
    required: 'Kies een vestiging.',
    moreAbout: 'Meer over {label}',
  },
  en: {
    groupLabel: 'Choose a location',
    searchLabel: 'Search by place or postcode',
    matches: { one: '1 location found', other: '{count} locations found' },
    noMatch: 'No location found for “{query}”. Try a nearby town or your postcode.',
    showAll: 'Show all locations',
    postcodeMatch: 'Postcode {postcode} is served by {label}; it is shown first.',
    postcodeNone: 'No location covers postcode {postcode}; choose the nearest below.',
    locate: 'Use my location',
    locating: 'Finding your location…',
    sorted: 'Sorted by straight-line distance, nearest first.',
    denied: 'Your location was not shared. Search by place or postcode.',
    unavailable: 'Your location was not found. Search by place or postcode.',
    timeout: 'Finding your location took too long. Try again or search by place or postcode.',
    distance: '{km} km',
    required: 'Choose a location.',
    moreAbout: 'More about {label}',
  },
};
