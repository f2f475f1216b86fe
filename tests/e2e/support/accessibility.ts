// axe on the page as it is: its serious and critical violations, one readable line each (rule, help,
// where). Only violations are gathered (axe's `resultTypes`): the passes and inapplicable rules, which
// no test reads, are what made an analysis slow to build and to send back. Legacy mode runs axe in the
// page itself: the default opens a second, blank page to assemble the results of cross-origin frames,
// which the tab's pages do not have, for a third of each analysis' CPU.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
