// Orders a run's test files for this machine's two cores: Jest's own order (slowest first by the last
// run's times, else largest first), but the browser tests (tests/e2e) after all the others, and the tab
// they need built in the background meanwhile. Browser tests first made both workers wait for that
// build; now it is ready when they start.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const BROWSER = /[\\/]tests[\\/]e2e[\\/]/;
const repoRoot = path.resolve(__dirname, '../..');

// Without the last run's times (a fresh clone, as in CI), Jest goes by file size, which put the
// 500-document archive test, a short file and the longest browser test, last and alone on one core.
// A file whose header says `@longRunning` goes first among the browser tests when it has no time yet.
const LONG_RUNNING = /@longRunning\b/;

class BrowserTestsLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const browser = longRunningFirst(sorted.filter((test) => BROWSER.test(test.path)));
    const others = sorted.filter((test) => !BROWSER.test(test.path));
    if (browser.length > 0 && others.length > 0) buildTabInBackground();
    return [...others, ...browser];
  }
}

function longRunningFirst(tests) {
  const untimedLong = tests.filter(
    (test) => test.duration == null && LONG_RUNNING.test(fs.readFileSync(test.path, 'utf8').slice(0, 2000)),
  );
  return [...untimedLong, ...tests.filter((test) => !untimedLong.includes(test))];
}

function buildTabInBackground() {
  const script = path.join(repoRoot, 'tests/e2e/support/buildAppInBackground.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: 'ignore' });
  child.unref(); // the test run never waits for it: the browser tests do, through buildApp's lock
}

module.exports = BrowserTestsLast;
