// A parse issue as a sentence in a language: alone (the command line prints the file and line in
// front), or with where it is ("Punkt 4: …", else "Linje 12: …") for the tab.
import type { ParseIssue } from '../domain/meeting';
import type { Strings } from './da';

/** The issue's sentence from the language's table; a switch, so every code is said without a cast. */
export function issueSentence(strings: Strings, issue: ParseIssue): string {
  const table = strings.issue;
  switch (issue.code) {
    case 'no-date':
      return table['no-date'](issue);
    case 'no-points':
      return table['no-points'](issue);
    case 'unplaced-text':
      return table['unplaced-text'](issue);
    case 'point-out-of-order':
      return table['point-out-of-order'](issue);
    case 'toc-mismatch':
      return table['toc-mismatch'](issue);
    case 'repeated-meeting':
      return table['repeated-meeting'](issue);
    case 'closed-heading-irregular':
      return table['closed-heading-irregular'](issue);
  }
}

/** The sentence with where the issue is: its point when it is inside one, else its line. */
export function describeIssue(strings: Strings, issue: ParseIssue): string {
  const sentence = issueSentence(strings, issue);
  return 'point' in issue && issue.point !== undefined
    ? strings.issueInPoint(issue.point, sentence)
    : strings.issueAtLine(issue.line, sentence);
}
