// `node --import tsx buildAppInBackground.ts`: builds the tab for the browser tests, started by the test
// sequencer while the other tests run (tests/setup/browserTestsLast.cjs). A failure is left to the
// browser tests' own buildApp(), which builds again and reports it.
import { buildApp } from './buildApp';

buildApp().catch(() => {
  process.exitCode = 1;
});
