// Parser issues as one English sentence each, for the command line and logs.
import type { ParseIssue, ParseIssueCode } from '../domain/meeting';

const SENTENCES: Record<ParseIssueCode, (issue: ParseIssue) => string> = {
  'no-date': () => 'no meeting date found in the header',
  'no-points': () => 'no "Punkt N:" lines found',
  'unplaced-text': () => 'text outside any known heading; kept as an untitled section',
  'point-out-of-order': (issue) => `point ${String(issue.number)} follows point ${String(issue.previous)}`,
  'toc-mismatch': (issue) =>
    `the table of contents lists ${String(issue.listed)} points but the document has ${String(issue.found)}`,
};

/** One sentence for an issue; the code itself for codes this version does not know. */
export function describeIssue(issue: ParseIssue): string {
  return SENTENCES[issue.code]?.(issue) ?? issue.code;
}
