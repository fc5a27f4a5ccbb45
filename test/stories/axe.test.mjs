// Issue 17, "Themes that pass": axe (WCAG 2.x A and AA, colour contrast included) over every story in
// every toolbar theme (page default, clinic brand, dark, high contrast). Runs against the built
// Storybook: `npm run build-storybook && node --test test/stories/` (THEMES=dark for one theme).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { checkAllStories, summarise } from './axe-themes.mjs';

it('every story passes axe in every theme', { timeout: 30 * 60 * 1000 }, async () => {
  const results = await checkAllStories();
  console.log(summarise(results).join('\n'));
  const failures = results
    .filter((result) => result.violations.length > 0)
    .flatMap((result) => result.violations.map((violation) => `${result.theme} ${result.story.id}: ${violation.rule} ${violation.targets.slice(0, 2).join(' | ')} ${violation.summary[0] ?? ''}`.slice(0, 400)));
  assert.deepEqual(failures, []);
});
