// Unit tests of the harness's pure parts: `node --test bench/` (not part of `npm test`: benchmarks
// never fail it, but their arithmetic should be right).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainThreadTime } from './trace.mjs';
import { topSelf } from './profile.mjs';
import { median, rotate, summary, table } from './stats.mjs';

const url = 'http://127.0.0.1:1/page';
const X = (name, ts, dur, extra = {}) => ({ name, ph: 'X', cat: 'devtools.timeline', pid: 1, tid: 1, ts, dur, ...extra });

test('mainThreadTime: counts top-level tasks after the navigation, self time by kind, forced layout', () => {
  const events = [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
    X('RunTask', 0, 500), // before the navigation: not counted
    { name: 'navigationStart', ph: 'R', pid: 1, tid: 1, ts: 1000, args: { data: { documentLoaderURL: url } } },
    X('RunTask', 1000, 1000, { tdur: 800 }),
    X('ParseHTML', 1100, 400, { tdur: 400 }),
    X('RunTask', 3000, 2000, { tdur: 2000 }),
    X('FunctionCall', 3100, 1500, { tdur: 1500, args: { data: { functionName: 'measure', url: 'http://h/a.js', lineNumber: 41 } } }),
    X('Layout', 3200, 300, { tdur: 300 }), // inside script: forced
    X('RunTask', 6000, 1000, { tdur: 1000 }),
    X('Layout', 6100, 500, { tdur: 500 }), // a rendering task: not forced
    { name: 'bench-done', ph: 'I', pid: 1, tid: 1, ts: 5500 },
    X('RunTask', 1500, 100, { pid: 2 }), // another process
  ];
  const result = mainThreadTime(events, url);
  assert.equal(result.total, 3.8); // 0.8 + 2.0 + 1.0 ms of CPU
  assert.equal(result.wall, 4);
  assert.equal(result.beforeDone, 2.8);
  assert.equal(result.tasks, 3);
  assert.equal(result.longest, 2);
  assert.deepEqual(result.groups, { script: 1.2, style: 0, layout: 0.8, paint: 0, parse: 0.4, gc: 0, other: 1.4 });
  assert.deepEqual(result.forced, { count: 1, styleMs: 0, layoutMs: 0.3, where: ['measure /a.js:42 (0.3 ms)'] });
  assert.throws(() => mainThreadTime(events, 'http://elsewhere/'));
});

test('mainThreadTime: CPU between the script-start and ready marks, pro rata', () => {
  const events = [
    { name: 'navigationStart', ph: 'R', pid: 1, tid: 1, ts: 0, args: { data: { documentLoaderURL: url } } },
    X('RunTask', 0, 1000, { tdur: 500 }),
    { name: 'bench-script-start', ph: 'I', pid: 1, tid: 1, ts: 500 },
    X('RunTask', 2000, 1000, { tdur: 1000 }),
    { name: 'bench-ready', ph: 'I', pid: 1, tid: 1, ts: 2500 },
  ];
  assert.equal(mainThreadTime(events, url).scriptToReadyCpu, 0.75); // half of 0.5 + half of 1.0
});

test('topSelf: self time per function (samples × next delta), idle and (program) apart, merged profiles', () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 3, 4] },
      { id: 2, callFrame: { functionName: 'render', url: 'http://h/a.js', lineNumber: 9, columnNumber: 0 }, children: [5], positionTicks: [{ line: 11, ticks: 3 }, { line: 12, ticks: 1 }] },
      { id: 3, callFrame: { functionName: '(idle)', url: '', lineNumber: -1, columnNumber: -1 } },
      { id: 4, callFrame: { functionName: '(program)', url: '', lineNumber: -1, columnNumber: -1 } },
      { id: 5, callFrame: { functionName: 'number', url: 'http://h/a.js', lineNumber: 99, columnNumber: 0 } },
    ],
    samples: [2, 2, 5, 3, 4],
    timeDeltas: [0, 1000, 1000, 2000, 5000],
  };
  const result = topSelf(profile);
  assert.equal(result.totalMs, 4); // each sample lasts until the next one; idle left out
  const render = result.functions.find((f) => f.name === 'render');
  const number = result.functions.find((f) => f.name === 'number');
  assert.equal(render.selfMs, 2); // samples 0 and 1 take the deltas 1000 and 1000
  assert.equal(number.selfMs, 2); // sample 2 takes 2000
  assert.equal(result.programMs, 0); // the last sample has no next delta
  assert.equal(render.where, '/a.js:10:1');
  assert.deepEqual(render.hotLines, [{ line: 11, share: 75 }, { line: 12, share: 25 }]);
  assert.equal(number.calledFrom, 'render:10');
  const twice = topSelf([profile, profile]);
  assert.equal(twice.functions.find((f) => f.name === 'render').selfMs, 4);
});

test('stats: median, summary, rotate, table', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(median([]), null);
  assert.deepEqual(summary([1, null, 3, 2]), { median: 2, min: 1, max: 3, n: 3 });
  assert.deepEqual(rotate(['a', 'b', 'c'], 1), ['b', 'c', 'a']);
  assert.equal(table(['a', 'b'], [['<x>', 1]], { markdown: true }), '| a | b |\n| --- | --- |\n| &lt;x> | 1 |');
});
