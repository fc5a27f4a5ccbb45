import type { ClinicSymptomsChangeDetail } from '../symptom-checklist/symptom-checklist.js';
import type { Translate } from './field-checks.js';

/**
 * Adding the checklist's ticks to the message, without ever adding one twice: the offer lists what
 * the message does not hold yet, the click adds just that (below the visitor's own text, which is
 * kept as it is), and once everything ticked is in the message the offer goes, until more is ticked.
 * Each tick is a line of its own, a warning sign labelled on its line
 * ("- Waarschuwingssignaal: Onverklaarbare koorts"), so the clinic sees which ones are red flags
 * however often the visitor adds and edits.
 */

/** What the page's checklist has ticked, as its `clinic-symptoms-change` event says: complaints (`checked`) and warning signs (`redFlags`). */
export type TickedSymptoms = Pick<ClinicSymptomsChangeDetail, 'checked' | 'redFlags'>;

/**
 * Decide: the ticks the message does not hold yet, as they read in it (a complaint as it is, a
 * warning sign labelled: "Waarschuwingssignaal: …"). A tick is in the message when one of its lines
 * is "- " and that text (spaces around it aside), however it got there.
 */
export function symptomsToAdd({ checked, redFlags }: TickedSymptoms, message: string, translate: Translate): string[] {
  const lines = new Set(message.split('\n').map((line) => line.trim()));
  const texts = [...checked, ...redFlags.map((symptom) => translate('warningSign', { symptom }))];
  return texts.filter((text) => !lines.has(`- ${text}`));
}

/** The message with these ticks added below the visitor's text, after a blank line, under `heading` ("Aangevinkt in de checklist:"). */
export function withSymptoms(message: string, symptoms: string[], heading: string): string {
  const block = [heading, ...symptoms.map((text) => `- ${text}`)].join('\n');
  if (!message.trim()) return block;
  const separator = message.endsWith('\n\n') ? '' : message.endsWith('\n') ? '\n' : '\n\n';
  return message + separator + block;
}
