/**
 * Prints one plain closing line, "jest: N passed, N failed", that CI reads as the test count.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : '');
    process.stderr.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
