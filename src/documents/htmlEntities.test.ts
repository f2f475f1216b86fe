// One reading of HTML entities (issue #21): Word's HTML (htmlToText, through mammoth) and the channel's
// messages (PointThreads.messageText) decode entities alike, by the `entities` library, as HTML defines
// them: named in any case HTML allows (`&AMP;`), numeric in decimal and hex, a code point beyond
// Unicode as U+FFFD instead of an exception, an unknown name left as written.
import { decodeEntities } from './htmlToText';
import { messageText } from '../domain/discussion/PointThreads';

describe.each([
  ['Word HTML (htmlToText)', decodeEntities],
  ['a channel message (messageText)', (html: string) => messageText(`<p>${html}</p>`)],
])('HTML entities in %s', (_where, decode) => {
  it.each([
    ['Budget &amp; plan', 'Budget & plan'],
    ['Budget &AMP; plan', 'Budget & plan'],
    ['&aelig;bler, &oslash;l og &aring;', 'æbler, øl og å'],
    ['&#248; &#xF8; &#XF8;', 'ø ø ø'],
    ['&#99999999;', '\uFFFD'],
    ['&#x1F600;', '😀'],
    ['&lt;b&gt; er tekst', '<b> er tekst'],
    ['&bogus; bliver stående', '&bogus; bliver stående'],
  ])('%j reads %j', (html, text) => {
    expect(decode(html)).toBe(text);
  });
});
