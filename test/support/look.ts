import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/**
 * The finished look under the visitor's own settings, shared by the widgets' look tests:
 *
 *   it('reduced motion: nothing moves by itself', async function () {
 *     await withReducedMotion(this, async () => {
 *       const element = await fixture(…);
 *       expect(movingElements([element.shadowRoot!, element])).to.deep.equal([]);
 *     });
 *   });
 */

/**
 * Runs `check` with forced colours emulated, and turns the emulation off again whatever happens.
 * Skips the test where the browser cannot emulate them (test/support/forced-colors.mjs: not Firefox ESR).
 */
export async function withForcedColors(test: Mocha.Context, check: () => Promise<void>) {
  const emulated = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true });
  try {
    if (!emulated || !matchMedia('(forced-colors: active)').matches) test.skip();
    await check();
  } finally {
    await executeServerCommand('emulate-forced-colors', { active: false });
  }
}

/**
 * Runs `check` with `prefers-reduced-motion: reduce` emulated, and turns it off again whatever happens.
 * Skips the test where the browser cannot emulate it (the DevTools protocol: Chromium only).
 */
export async function withReducedMotion(test: Mocha.Context, check: () => Promise<void>) {
  try {
    await emulateMedia({ reducedMotion: 'reduce' });
  } catch {
    test.skip();
  }
  try {
    await check();
  } finally {
    await emulateMedia({ reducedMotion: 'no-preference' });
  }
}

/** The elements below `roots` (shadow roots, or an element's light DOM) that transition or animate by themselves. */
export function movingElements(roots: ParentNode[]) {
  return roots
    .flatMap((root) => [...root.querySelectorAll('*')])
    .filter((element) => {
      const style = getComputedStyle(element);
      return Number.parseFloat(style.transitionDuration) > 0.01 || Number.parseFloat(style.animationDuration) > 0.01;
    });
}
