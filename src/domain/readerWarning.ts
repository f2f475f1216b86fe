// What a document reader says of the text it handed over, beside the text: data with a code, put into
// words by the tab (Danish, English) and the command line (English), as the parser's issues are.

/** `replaced-bytes`: `count` bytes of a UTF-8 text file were not valid UTF-8 and became U+FFFD ("�"). */
export type ReaderWarning = { code: 'replaced-bytes'; count: number };
