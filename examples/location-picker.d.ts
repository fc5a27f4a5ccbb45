import type { Example } from './example.js';

export interface Branch {
  value: string;
  label: string;
  lat?: string;
  lng?: string;
  postcodes?: string;
  serves?: string;
  /** The branch's phone number as dialled (`+31 493 000 001`). */
  phone: string;
  address: string;
  hours?: string;
  /** The phone number as the page shows it (`0493 000 001`). */
  phoneText: string;
}
export declare const branches: Branch[];
export declare function locationHtml(branch: Branch, options?: { selected?: boolean }): string;
export declare function locationsContent(list?: Branch[]): string;
export declare const locationPickerExamples: Record<'seed' | 'required' | 'oneBranch' | 'english', Example>;
