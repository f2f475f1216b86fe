import type { AgendaItem } from '../meeting';
import { agendaItem } from '../testing/meetingBuilders';
import { testPostWords as words } from '../testing/postWords';
import { ClosedPointError, commentHtml, messageText, pointPostFor, pointPostHtml } from './PointThreads';

const item = (over: Partial<AgendaItem> = {}) =>
  agendaItem({ number: 4, title: 'Budget 2021', caseNumber: '00.01.00-A00-1-20', ...over });

describe('a point’s root post', () => {
  it('gives number, title, the meeting’s date and a link back to the point, in the words given', () => {
    expect(
      pointPostHtml(
        {
          meetingDate: '2020-10-08',
          number: 4,
          title: 'Budget 2021',
          link: 'https://teams.microsoft.com/l/entity/app/tab?context=x',
        },
        words,
      ),
    ).toBe(
      '<p><b>Item 4: Budget 2021</b></p><p>Meeting of 2020-10-08</p>' +
        '<p><a href="https://teams.microsoft.com/l/entity/app/tab?context=x">Open the item</a></p>',
    );
  });

  it('escapes the title and the link, attribute quotes included', () => {
    const html = pointPostHtml(
      {
        meetingDate: '2020-10-08',
        number: 3,
        title: '<b>Budget</b> & "drift"',
        link: 'https://x.example/?a=1&b="><script>',
      },
      words,
    );
    expect(html).toContain('Item 3: &lt;b&gt;Budget&lt;/b&gt; &amp; &quot;drift&quot;');
    expect(html).toContain('href="https://x.example/?a=1&amp;b=&quot;&gt;&lt;script&gt;"');
    expect(html).not.toMatch(/<script|<b>Budget/);
  });

  it('escapes the words too', () => {
    const html = pointPostHtml(
      { meetingDate: '2020-10-08', number: 1, title: 'x', link: 'https://x.example' },
      { ...words, meetingOn: () => 'Meeting <i>&</i>', openPoint: 'Open <b>' },
    );
    expect(html).toContain('<p>Meeting &lt;i&gt;&amp;&lt;/i&gt;</p>');
    expect(html).toContain('>Open &lt;b&gt;</a>');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/relative'])('refuses to link %s', (link) => {
    expect(() => pointPostHtml({ meetingDate: '2020-10-08', number: 1, title: 'x', link }, words)).toThrow(
      RangeError,
    );
  });

  it('is refused for a closed point', () => {
    expect(() =>
      pointPostFor('2020-10-08', item({ closed: true, title: '' }), 'https://x.example', words),
    ).toThrow(ClosedPointError);
    expect(pointPostFor('2020-10-08', item(), 'https://x.example', words).subject).toBe(
      'Item 4: Budget 2021',
    );
  });
});

describe('a comment', () => {
  it.each([
    ['Enig', '<p>Enig</p>'],
    ['Enig <3 & "klar"', '<p>Enig &lt;3 &amp; &quot;klar&quot;</p>'],
    ['Første linje\nAnden linje\r\nTredje', '<p>Første linje<br>Anden linje<br>Tredje</p>'],
    ['  luft omkring  ', '<p>luft omkring</p>'],
  ])('%j becomes %s, and reads back as the same text', (text, html) => {
    expect(commentHtml(text)).toBe(html);
    expect(messageText(html)).toBe(text.trim().replace(/\r\n/g, '\n'));
  });

  it.each([
    ['a right-to-left override', 'Godkendt \u202eexe.fdp', '<p>Godkendt exe.fdp</p>'],
    ['isolates and marks', '\u2066Enig\u2069 \u200fhelt', '<p>Enig helt</p>'],
    ['a bell and an escape', 'Enig\u0007\u001b[31m', '<p>Enig[31m</p>'],
    ['a NUL and a C1 control', 'En\u0000ig\u0085', '<p>Enig</p>'],
    ['a lone surrogate', 'Enig \ud83d', '<p>Enig</p>'],
  ])('is posted without %s', (_name, text, html) => {
    expect(commentHtml(text)).toBe(html);
  });

  it('has a root post whose title carries no bidi override or control character', () => {
    const post = pointPostFor(
      '2020-10-08',
      item({ title: 'Budget\u202e 1202\u0000' }),
      'https://x.example',
      words,
    );
    expect(post.subject).toBe('Item 4: Budget 1202');
    expect(post.html).toContain('<b>Item 4: Budget 1202</b>');
  });

  it.each([
    ['<p>a</p><p>b</p>', 'a\nb'],
    ['<div>Tak &#230;&#xF8; &apos;x&apos; &nbsp;</div>', "Tak æø 'x'"],
    // An unknown name stays as written; a code point beyond Unicode is U+FFFD, as HTML decodes it.
    ['&bogus; &#99999999;', '&bogus; \uFFFD'],
  ])('reads %s from Graph as %j', (html, text) => {
    expect(messageText(html)).toBe(text);
  });
});
