// Visual regression (issue 17): screenshots of each widget's key states in two themes (page default
// and dark), taken in Chromium from the built Storybook and compared pixel by pixel with the
// baselines committed in test/visual/baselines/.
//
//   npm run build-storybook && npm run test:visual          compare (CI)
//   npm run build-storybook && npm run test:visual:update   take new baselines on purpose, then commit them
//
// A difference fails with the share of pixels that changed; the new screenshot and a diff image go
// to tmp/visual/ (ignored by git) to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launch, openStory, serve, staticFolder } from '../stories/storybook.mjs';

/** Each widget's key states (story ids). */
export const keyStates = [
  'faq--default',
  'faq--all-open',
  'faq--search-results',
  'faq--no-results',
  'symptom-checklist--nothing-ticked',
  'symptom-checklist--match',
  'symptom-checklist--red-flag',
  'symptom-checklist--long-items-on-a-phone',
  'phase-table--wide',
  'phase-table--current-phase',
  'location-picker--six-branches',
  'location-picker--search-by-postcode',
  'location-picker--sorted-by-distance',
  'location-picker--required-error',
  'location-picker--preselected-and-themed',
  'contact-form--standard-form',
  'contact-form--errors-showing',
  'contact-form--success',
  'contact-form--failure',
];

export const visualThemes = ['page', 'dark'];

const update = process.env.UPDATE_VISUAL_BASELINES === '1';
const baselines = join(import.meta.dirname, 'baselines');
const failures = join(import.meta.dirname, '../../tmp/visual');
/** Pixels may differ this much in colour (pixelmatch's threshold) without counting as changed. */
const colourThreshold = 0.1;
/** Share of pixels that may change (anti-aliasing noise) before a screenshot counts as different. */
const allowedShare = 0.001;

/** Nothing that moves or blinks in a screenshot. */
const still = `*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }`;

let server;
let browser;
let page;

before(async () => {
  server = await serve(staticFolder());
  browser = await launch();
  page = await browser.newPage();
  await page.setViewport({ width: 960, height: 720, deviceScaleFactor: 1 });
  mkdirSync(baselines, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A screenshot of the story's canvas (the widget and what the story puts around it). */
async function screenshot(id, theme) {
  await openStory(page, server.url, id, { theme });
  await page.addStyleTag({ content: still });
  await page.evaluate(() => document.fonts.ready);
  const canvas = (await page.$('.clinic-story')) ?? (await page.$('#storybook-root'));
  return PNG.sync.read(Buffer.from(await canvas.screenshot({ type: 'png' })));
}

describe(update ? 'visual baselines (updating)' : 'visual regression against test/visual/baselines', () => {
  for (const id of keyStates) {
    for (const theme of visualThemes) {
      it(`${id} in the ${theme} theme`, async () => {
        const name = `${id}--${theme}.png`;
        const actual = await screenshot(id, theme);
        const baselineFile = join(baselines, name);
        if (update) {
          writeFileSync(baselineFile, PNG.sync.write(actual));
          return;
        }
        assert.ok(existsSync(baselineFile), `No baseline ${name}: run \`npm run test:visual:update\` and commit test/visual/baselines/.`);
        const expected = PNG.sync.read(readFileSync(baselineFile));
        const save = (suffix, png) => {
          mkdirSync(failures, { recursive: true });
          writeFileSync(join(failures, name.replace(/\.png$/, `.${suffix}.png`)), PNG.sync.write(png));
        };
        if (expected.width !== actual.width || expected.height !== actual.height) {
          save('actual', actual);
          assert.fail(`${name}: the size changed from ${expected.width}×${expected.height} to ${actual.width}×${actual.height} (tmp/visual/ has the new one).`);
        }
        const diff = new PNG({ width: actual.width, height: actual.height });
        const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: colourThreshold });
        const share = changed / (actual.width * actual.height);
        if (share > allowedShare) {
          save('actual', actual);
          save('diff', diff);
        }
        assert.ok(share <= allowedShare, `${name}: ${changed} pixels (${(share * 100).toFixed(2)} %) changed; see tmp/visual/. If the change is meant, run \`npm run test:visual:update\`.`);
      });
    }
  }
});
