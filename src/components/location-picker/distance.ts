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
export function distanceKm(from: Coordinates, to: Coordinates): number {
  const radiansPerDegree = Math.PI / 180;
  const earthRadiusKm = 6371;
  const latitudeDifference = (to.lat - from.lat) * radiansPerDegree;
  const longitudeDifference = (to.lng - from.lng) * radiansPerDegree;
  const haversine =
    Math.sin(latitudeDifference / 2) ** 2 +
    Math.cos(from.lat * radiansPerDegree) * Math.cos(to.lat * radiansPerDegree) * Math.sin(longitudeDifference / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(haversine)));
}

/** Kilometres to one decimal, as shown (sorting uses the same figures, so the order matches them). */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
