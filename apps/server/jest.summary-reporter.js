import fs from 'node:fs';

/** Writes the run's totals to $TEST_SUMMARY_FILE so .ci/run can add every suite into one line. */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TEST_SUMMARY_FILE;
    if (!file) return;
    fs.appendFileSync(file, `${results.numPassedTests} ${results.numFailedTests + results.numRuntimeErrorTestSuites}\n`);
  }
}
