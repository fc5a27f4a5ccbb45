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
    noMatch: 'Geen vestiging gevonden voor “{query}”. Probeer een plaatsnaam in de buurt of je postcode, zoals 5751.',
    showAll: 'Toon alle vestigingen',
    postcodeMatch: 'Postcode {postcode} valt onder {label}; die staat bovenaan.',
    postcodeNone: 'Geen vestiging voor postcode {postcode}. Alle vestigingen staan hieronder; kies de dichtstbijzijnde.',
    locate: 'Gebruik mijn locatie',
    locating: 'Je locatie wordt opgevraagd…',
    sorted: 'Gesorteerd op afstand (hemelsbreed), dichtstbijzijnde eerst.',
    denied: 'Je locatie is niet gedeeld. Zoek hierboven op plaats of postcode.',
    unavailable: 'Je locatie kon niet worden bepaald. Zoek hierboven op plaats of postcode.',
    timeout: 'Het bepalen van je locatie duurde te lang. Probeer het opnieuw of zoek op plaats of postcode.',
    distance: '{km} km',
    required: 'Kies een vestiging.',
    moreAbout: 'Meer over {label}',
  },
  en: {
    groupLabel: 'Choose a location',
    searchLabel: 'Search by place or postcode',
    matches: { one: '1 location found', other: '{count} locations found' },
    noMatch: 'No location found for “{query}”. Try a nearby town or your postcode, such as 5751.',
    showAll: 'Show all locations',
    postcodeMatch: 'Postcode {postcode} is served by {label}; it is shown first.',
    postcodeNone: 'No location covers postcode {postcode}. All locations are listed below; choose the nearest.',
    locate: 'Use my location',
    locating: 'Finding your location…',
    sorted: 'Sorted by straight-line distance, nearest first.',
    denied: 'Your location was not shared. Search above by place or postcode.',
    unavailable: 'Your location could not be determined. Search above by place or postcode.',
    timeout: 'Finding your location took too long. Try again or search by place or postcode.',
    distance: '{km} km',
    required: 'Choose a location.',
    moreAbout: 'More about {label}',
  },
};
