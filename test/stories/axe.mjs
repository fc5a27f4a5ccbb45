// Runs axe-core in a page opened by openStory(): the WCAG 2.x A and AA rules (colour contrast
// included), over the story's root and everything in it, shadow roots too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations in the page: `{ rule, impact, targets, summary }` each. */
export async function axeViolations(page, { rules } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (onlyRules) => {
    const root = document.querySelector('#storybook-root') ?? document.querySelector('#storybook-docs') ?? document.body;
    const result = await window.axe.run(root, {
      runOnly: onlyRules ? { type: 'rule', values: onlyRules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.flat().join(' ')),
      summary: violation.nodes.map((node) => node.failureSummary.replace(/\s+/g, ' ')).slice(0, 3),
    }));
  }, rules ?? null);
}
