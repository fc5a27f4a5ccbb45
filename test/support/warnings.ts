/**
 * Records `console.warn` calls while a test runs (and keeps them off the console).
 * `const warnings = captureWarnings(); … warnings.restore(); expect(warnings.messages)…`
 */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    // The message only: our warnings pass the element after it (for the browser's console).
    messages.push(String(args[0]));
  };
  return {
    messages,
    /** Warnings from Clinic Elements only (Lit's own dev-mode notes are left out). */
    get clinic() {
      return messages.filter((message) => message.startsWith('[clinic-elements]'));
    },
    restore() {
      console.warn = original;
    },
  };
}
