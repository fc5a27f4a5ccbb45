// Prints the real test counts as one plain line at the end, `N passed, N failed`, for CI to read
// (the default reporter's summary shares a line with escape codes and the progress bar), after the
// list of skipped tests per browser, so a skip never goes unseen.
function count(results, tally, path = []) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) {
      tally.skipped++;
      tally.skippedNames.push([...path, test.name].join(' > '));
    } else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, tally, [...path, suite.name]);
}

export function summaryLine() {
  let line = '';
  let skippedList = '';
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0, skippedNames: [] };
      let broken = 0;
      const skippedByBrowser = new Map();
      for (const session of sessions) {
        const before = tally.skippedNames.length;
        count(session.testResults, tally);
        const file = session.testFile.replace(`${process.cwd()}/`, "");
        const names = tally.skippedNames.slice(before).map((name) => `${file}: ${name}`);
        if (names.length) skippedByBrowser.set(session.browser.name, [...(skippedByBrowser.get(session.browser.name) ?? []), ...names]);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      skippedList = [...skippedByBrowser].map(([browser, names]) => `Skipped in ${browser} (${names.length}):\n${names.map((name) => `  - ${name}`).join('\n')}`).join('\n');
      const extra = [tally.skipped ? `${tally.skipped} skipped` : '', broken ? `${broken} test files failed to load or errored` : '']
        .filter(Boolean)
        .join(', ');
      line = `${tally.passed} passed, ${tally.failed + broken} failed${extra ? ` (${extra})` : ''}`;
    },
    stop() {
      if (skippedList) process.stdout.write(`\n${skippedList}\n`);
      if (line) process.stdout.write(`\n${line}\n`);
    },
  };
}
