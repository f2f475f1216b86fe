// A test that logs to the console fails (STYLE.md §12): stray output hides real warnings.
// Tests that must print a line (a skipped corpus, a benchmark figure) write to process.stdout directly.
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${level} called in a test: ${args.map(String).join(' ')}`);
  });
}
