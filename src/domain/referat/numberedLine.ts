/** A line of the document with its 1-based line number, trimmed of trailing white space. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** Splits text into numbered lines: any line ending, no BOM, non-breaking spaces as spaces. */
export function splitLines(text: string): NumberedLine[] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\u00A0/g, ' ');
  return clean.split(/\r\n|\r|\n/).map((raw, index) => ({ text: raw.trim(), line: index + 1 }));
}
