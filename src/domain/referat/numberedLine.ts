/** A line of the document with its 1-based line number, trimmed of white space at both ends. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** Splits text into numbered lines: any line ending, no BOM, non-breaking spaces as spaces. */
export function splitLines(text: string): NumberedLine[] {
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.includes('\u00A0')) clean = clean.replace(/\u00A0/g, ' ');
  const raw = clean.split(clean.includes('\r') ? /\r\n|\r|\n/ : '\n');
  // A plain loop into a sized array: this runs over every line of every document in the archive.
  const lines: NumberedLine[] = new Array(raw.length);
  for (let index = 0; index < raw.length; index += 1) {
    lines[index] = { text: raw[index]!.trim(), line: index + 1 };
  }
  return lines;
}
