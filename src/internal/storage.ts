/**
 * Browser storage that never throws: private modes, disabled storage and full quotas
 * simply mean nothing is kept. Values are stored as JSON under a `clinic-elements:` prefix.
 */
type Area = 'session' | 'local';

function area(kind: Area): Storage | undefined {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined;
  }
}

const PREFIX = 'clinic-elements:';

export function readStored<T>(kind: Area, key: string): T | undefined {
  try {
    const raw = area(kind)?.getItem(PREFIX + key);
    return typeof raw === 'string' ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(kind: Area, key: string, value: unknown): void {
  try {
    area(kind)?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* storage unavailable or full: nothing is kept */
  }
}

export function removeStored(kind: Area, key: string): void {
  try {
    area(kind)?.removeItem(PREFIX + key);
  } catch {
    /* storage unavailable */
  }
}
