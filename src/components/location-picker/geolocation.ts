import type { Coordinates } from './distance.js';

/** Where asking for the visitor's position stands (each has its own status text). */
export type GeolocationStatus = 'locating' | 'sorted' | 'denied' | 'unavailable' | 'timeout';

/** The answer to asking for the position: the position, or why there is none. */
export type PositionAnswer = { position: Coordinates } | { failure: Exclude<GeolocationStatus, 'locating' | 'sorted'> };

/**
 * Asks the browser for the visitor's position, once (only when the visitor pressed the button).
 * Never rejects: a refusal, a timeout or a browser without geolocation is an answer too.
 */
export function askPosition(): Promise<PositionAnswer> {
  return new Promise((resolve) => {
    try {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => resolve({ position: { lat: coords.latitude, lng: coords.longitude } }),
        ({ code }) => resolve({ failure: code === GeolocationPositionError.PERMISSION_DENIED ? 'denied' : code === GeolocationPositionError.TIMEOUT ? 'timeout' : 'unavailable' }),
        { timeout: 10000, maximumAge: 300000 },
      );
    } catch {
      resolve({ failure: 'unavailable' });
    }
  });
}
