import type { Example } from './example.js';

export declare const successContent: string;
export declare function ownFormContent(options?: { action?: string; idPrefix?: string; branch?: boolean }): string;
export declare const standardFormContent: string;
export declare const contactFormExamples: Record<'seed' | 'standard' | 'english', Example>;
