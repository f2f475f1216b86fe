// Ends the test output with one plain line, "jest: N passed, N failed, N skipped", which CI reads
// whatever the runner (jest's own summary is not among the formats it knows).
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } =
      results;
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    process.stdout.write(
      `\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`,
    );
  }
}

module.exports = PlainSummaryReporter;
