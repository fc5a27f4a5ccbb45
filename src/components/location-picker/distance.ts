/** A point on earth in decimal degrees. */
export interface Coordinates {
  lat: number;
  lng: number;
}

/** Reads `lat`/`lng` attribute texts; `null` unless both are numbers within range. */
export function readCoordinates(lat: string | null, lng: string | null): Coordinates | null {
  if (!lat?.trim() || !lng?.trim()) return null;
  const point = { lat: Number(lat), lng: Number(lng) };
  return Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180 ? point : null;
}

/** Straight-line ("as the crow flies") distance in kilometres, by the haversine formula. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLng = (b.lng - a.lng) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
