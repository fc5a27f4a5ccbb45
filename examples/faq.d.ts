import type { Example } from './example.js';

export interface FaqQuestion {
  /** The `id` the editor gave the `<details>` (a deep link), if any. */
  id?: string;
  question: string;
  answer: string;
}
export declare const faqQuestions: FaqQuestion[];
export declare const faqQuestionsEnglish: FaqQuestion[];
export declare function faqContent(questions?: FaqQuestion[]): string;
export declare const faqExamples: Record<'seed' | 'plain' | 'single' | 'english', Example>;
