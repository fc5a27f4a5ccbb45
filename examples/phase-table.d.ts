import type { Example } from './example.js';

export interface Phase {
  name: string;
  goals: string;
  duration?: string;
  examples?: string;
}
export declare const phases: Phase[];
export declare const phasesEnglish: Phase[];
export declare function phaseTableContent(options?: { caption?: string; headers?: string[]; rows?: Phase[]; extraColumns?: boolean }): string;
export declare const phaseTableExamples: Record<'seed' | 'current' | 'extraColumns' | 'english', Example>;
