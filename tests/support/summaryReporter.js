/**
 * Prints one plain closing line, "jest: N passed, N failed", that CI reads as the test count.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : '');
    // A missing browser fails every browser test with the same message: say it once, at the end.
    const noBrowser = process.env.COUNCIL_BROWSER_UNAVAILABLE;
    if (noBrowser && results.numFailedTests > 0) process.stderr.write(`\n${noBrowser}\n`);
    process.stderr.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
