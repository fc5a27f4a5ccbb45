import type { Example } from './example.js';

export type { Example } from './example.js';
export * from './faq.js';
export * from './symptom-checklist.js';
export * from './phase-table.js';
export * from './location-picker.js';
export * from './contact-form.js';

export type WidgetTag = 'clinic-faq' | 'clinic-symptom-checklist' | 'clinic-phase-table' | 'clinic-location-picker' | 'clinic-contact-form';
export declare const examples: Record<WidgetTag, Record<string, Example>>;
export declare function attributesHtml(attributes: Example['attributes']): string;
export declare function exampleHtml(tag: string, example: Example, options?: { indent?: number }): string;
