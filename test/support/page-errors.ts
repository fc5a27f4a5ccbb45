/**
 * The errors a page reports while `during` runs: uncaught exceptions (`error` events) and rejected
 * promises nobody handled (`unhandledrejection`, which is how a Lit update that throws shows up),
 * plus anything `during` itself throws. Waits one task after it, for rejections to be reported.
 * `expect(await pageErrors(async () => { el.remove(); await el.updateComplete; })).to.deep.equal([])`
 */
export async function pageErrors(during: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const handleError = (event: ErrorEvent) => errors.push(event.message);
  const handleRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  addEventListener('error', handleError);
  addEventListener('unhandledrejection', handleRejection);
  try {
    await during();
    await new Promise((resolve) => setTimeout(resolve));
  } catch (error) {
    errors.push(String(error));
  } finally {
    removeEventListener('error', handleError);
    removeEventListener('unhandledrejection', handleRejection);
  }
  return errors;
}
