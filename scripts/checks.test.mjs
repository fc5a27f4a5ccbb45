// The repo's own checks must be able to fail: run with `node --test scripts/` (part of npm test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('size check fails when the drop-in file is over its 35 KB ceiling', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  const big = join(dir, 'big.js');
  writeFileSync(big, randomBytes(40 * 1024).toString('base64')); // incompressible: about 40 KB gzip, over the ceiling
  const result = spawnSync('node', ['scripts/size.mjs', big, '--drop-in-only'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /size check FAILED/);
});

test('size check reports a drop-in file over issue 13\'s 26 KB cap as a MISS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  const big = join(dir, 'big.js');
  writeFileSync(big, randomBytes(28 * 1024).toString('base64')); // incompressible: about 28 KB gzip
  const result = spawnSync('node', ['scripts/size.mjs', big, '--drop-in-only'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(result.status, 0);
  assert.match(result.stdout, /of 26\.00 KB: MISS/);
});

test('size check passes a small drop-in file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  const small = join(dir, 'small.js');
  writeFileSync(small, 'export {};');
  const result = spawnSync('node', ['scripts/size.mjs', small, '--drop-in-only'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(result.status, 0, result.stderr);
});

test('manifest check fails when custom-elements.json is out of step with the source', () => {
  const backup = join(mkdtempSync(join(tmpdir(), 'cem-')), 'custom-elements.json');
  copyFileSync('custom-elements.json', backup);
  try {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    manifest.modules.pop(); // as if a component's JSDoc changed without `npm run analyze`
    writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2));
    const result = spawnSync('node', ['scripts/manifest.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /out of date/);
  } finally {
    copyFileSync(backup, 'custom-elements.json');
  }
  execFileSync('node', ['scripts/manifest.mjs', '--check']); // and passes again once restored
});
