// axe over every story in every toolbar theme, as a report: `node test/stories/axe-themes.mjs`
// (against storybook-static, or STORYBOOK_STATIC). Prints per theme how many stories pass and each
// violation; exits 1 if any. The same check runs in `node --test test/stories/` (axe.test.mjs).
import { axeViolations } from './axe.mjs';
import { launch, listStories, openStory, serve, staticFolder, themes } from './storybook.mjs';

/** Each story in each theme: `{ theme, story, violations }`. */
export async function checkAllStories({ themeList = process.env.THEMES ? process.env.THEMES.split(',') : themes, rules } = {}) {
  const folder = staticFolder();
  const server = await serve(folder);
  const browser = await launch();
  const results = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    for (const story of listStories(folder)) {
      for (const theme of themeList) {
        try {
          await openStory(page, server.url, story.id, { theme });
          results.push({ theme, story, violations: await axeViolations(page, { rules }) });
        } catch (error) {
          results.push({ theme, story, violations: [{ rule: 'story-failed', impact: 'critical', targets: [], summary: [String(error.message ?? error)] }] });
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** One line per theme: `dark: 37 of 37 stories pass (0 colour-contrast failures)`. */
export function summarise(results) {
  const byTheme = new Map();
  for (const result of results) {
    if (!byTheme.has(result.theme)) byTheme.set(result.theme, []);
    byTheme.get(result.theme).push(result);
  }
  return [...byTheme].map(([theme, list]) => {
    const failing = list.filter((result) => result.violations.length > 0);
    const contrast = list.filter((result) => result.violations.some((violation) => violation.rule === 'color-contrast'));
    return `${theme}: ${list.length - failing.length} of ${list.length} stories pass axe (${contrast.length} with colour-contrast failures)`;
  });
}

if (process.argv[1] === import.meta.filename) {
  const results = await checkAllStories();
  for (const result of results.filter((entry) => entry.violations.length > 0)) {
    for (const violation of result.violations) {
      console.log(`${result.theme} ${result.story.id}: ${violation.rule} (${violation.impact}) ${violation.targets.slice(0, 3).join(' | ')}`);
      for (const line of violation.summary.slice(0, 1)) console.log(`    ${line.slice(0, 300)}`);
    }
  }
  console.log(summarise(results).join('\n'));
  process.exit(results.some((entry) => entry.violations.length > 0) ? 1 : 0);
}
