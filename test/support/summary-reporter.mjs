// Prints the real test counts as one plain line at the end, `N passed, N failed`, for CI to read
// (the default reporter's summary shares a line with escape codes and the progress bar).
function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function summaryLine() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, tally);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      const extra = [tally.skipped ? `${tally.skipped} skipped` : '', broken ? `${broken} test files failed to load or errored` : '']
        .filter(Boolean)
        .join(', ');
      line = `${tally.passed} passed, ${tally.failed + broken} failed${extra ? ` (${extra})` : ''}`;
    },
    stop() {
      if (line) process.stdout.write(`\n${line}\n`);
    },
  };
}
