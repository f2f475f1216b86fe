// Orders a run's test files for this machine's two cores: Jest's own order (slowest first by the last
// run's times, else largest first), but the browser tests (tests/e2e) after all the others, and the tab
// they need built in the background meanwhile. Browser tests first made both workers wait for that
// build; now it is ready when they start.
const { spawn } = require('node:child_process');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const BROWSER = /[\\/]tests[\\/]e2e[\\/]/;
const repoRoot = path.resolve(__dirname, '../..');

class BrowserTestsLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const browser = sorted.filter((test) => BROWSER.test(test.path));
    const others = sorted.filter((test) => !BROWSER.test(test.path));
    if (browser.length > 0 && others.length > 0) buildTabInBackground();
    return [...others, ...browser];
  }
}

function buildTabInBackground() {
  const script = path.join(repoRoot, 'tests/e2e/support/buildAppInBackground.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: 'ignore' });
  child.unref(); // the test run never waits for it: the browser tests do, through buildApp's lock
}

module.exports = BrowserTestsLast;
