// What people type (a decision, its owner, a comment on a point) as plain text: no control characters and
// no bidirectional overrides. A right-to-left override (U+202E) makes "Godkendt.fdp" display as
// "Godkendt.pdf" and can turn a sentence around in a post or a list column; control characters break
// SharePoint columns and Teams messages. Line breaks and tabs are kept: they are how people write.

// C0 controls but tab and line feed; DEL and the C1 controls; the bidirectional embeddings, overrides,
// isolates and marks (Unicode's Bidi_Control property, U+061C, U+200E/F, U+202A–E, U+2066–9); the
// byte order mark; and a UTF-16 half without its other half.
const UNWANTED =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without control characters and bidi controls; CR LF, CR and U+2028/9 become line feeds. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(UNWANTED, '');
}
