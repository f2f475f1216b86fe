import { htmlToText } from './htmlToText';

describe("mammoth's HTML as text", () => {
  it.each([
    [
      'empty paragraphs separate paragraphs, as in a text export pasted into Word',
      '<p>Punkt 1: CF - Evt.</p><p></p><p>Beslutning</p><p></p><p>Intet.</p><p>Mere.</p>',
      'Punkt 1: CF - Evt.\n\nBeslutning\n\nIntet.\nMere.',
    ],
    [
      'spacing separates blocks, so each gets a blank line',
      '<h2>Punkt 1: CF - Evt.</h2><p>00.01.00-A21-9-19</p><h3>Beslutning</h3><p>Intet.</p>',
      'Punkt 1: CF - Evt.\n\n00.01.00-A21-9-19\n\nBeslutning\n\nIntet.',
    ],
    [
      'list items are lines of one paragraph, bullets and numbers written out',
      '<p>Spilleregler:</p><ul><li>Vi tør</li><li>Vi blander os</li></ul><ol><li>Første</li><li>Anden</li></ol>',
      'Spilleregler:\n\n- Vi tør\n- Vi blander os\n1. Første\n2. Anden',
    ],
    [
      'paragraphs that carry their own numbers are list items too',
      '<p>Kommunaldirektøren indstiller,</p><p>1. at Chefforum godkender</p><p>2. at Chefforum drøfter</p>',
      'Kommunaldirektøren indstiller,\n\n1. at Chefforum godkender\n2. at Chefforum drøfter',
    ],
    [
      'entities, inline tags and line breaks',
      '<p><strong>Kultur &amp; Fritid</strong> &lt;b&gt; &#248;&#xE6;<br />ny linje</p>',
      'Kultur & Fritid <b> øæ\n\nny linje',
    ],
    ['table cells become blocks', '<table><tr><td>Ejer</td><td>Frist</td></tr></table>', 'Ejer\n\nFrist'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
