// Parser issues as one sentence each for the command line: English by default (logs), Danish with
// `--lang da` or a Danish LANG. The sentences are the tab's own tables (src/strings).
import type { ParseIssue } from '../domain/meeting';
import type { ReaderWarning } from '../domain/readerWarning';
import { issueSentence } from '../strings/describeIssue';
import { type Language, stringsFor } from '../strings/strings';

export function describeIssue(issue: ParseIssue, language: Language = 'en'): string {
  return issueSentence(stringsFor(language), issue);
}

/** What a document reader said of the text, in the same language and tables as the issues. */
export function describeReaderWarning(warning: ReaderWarning, language: Language = 'en'): string {
  return stringsFor(language).readerWarning[warning.code](warning.count);
}

/**
 * The command's language: `--lang da|en` (or `--lang=…`) first, then LANG (da_DK.UTF-8 is Danish),
 * else English. The arguments come back without the option; null for a language it does not speak.
 */
export function cliLanguage(
  args: readonly string[],
  env: Record<string, string | undefined>,
): { language: Language; rest: string[] } | null {
  const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return { language: env.LANG?.toLowerCase().startsWith('da') ? 'da' : 'en', rest: [...args] };
  const given = args[at] === '--lang' ? args[at + 1] : args[at]!.slice('--lang='.length);
  if (given !== 'da' && given !== 'en') return null;
  const rest = args.filter((_, index) => index !== at && !(args[at] === '--lang' && index === at + 1));
  return { language: given, rest };
}
