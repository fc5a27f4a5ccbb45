import type { Example } from './example.js';

export declare const complaints: string[];
export declare const warningSigns: string[];
export declare const complaintsEnglish: string[];
export declare const warningSignsEnglish: string[];
export declare const longComplaints: string[];
export declare const checklistMessages: string;
export declare function checklistContent(options?: {
  heading?: string;
  headingId?: string;
  items?: string[];
  warningHeading?: string;
  signs?: string[];
  messages?: string;
}): string;
export declare const checklistExamples: Record<'seed' | 'builtInTexts' | 'longItems' | 'remembered' | 'broken' | 'english', Example>;
