// mammoth's HTML (p, h1–h6, ul/ol/li, table cells, strong/em/a, br) → the parser's text contract:
// one block per line, list items marked `- ` or `1. `, and paragraphs separated as the document does.

import { decodeHTML } from 'entities';

interface Block {
  text: string;
  listItem: boolean;
}

const TAG_OR_TEXT = /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption']);
const LIST_MARKER = /^(?:[-–•*▪]\s|\d{1,2}[.)]\s)/;

/** Entities as HTML defines them (the `entities` library: named in any case it allows, numeric, an
 * invalid code point as U+FFFD): the one decoder of the tab, also for chat messages (PointThreads). */
export const decodeEntities = (text: string): string => decodeHTML(text);

/** Walks the tags, collecting one Block per block element; lists number or bullet their items. */
function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let current: Block | null = null;
  const close = () => {
    if (current)
      blocks.push({ text: current.text.replace(/[ \t]+/g, ' ').trim(), listItem: current.listItem });
    current = null;
  };
  for (const match of html.matchAll(TAG_OR_TEXT)) {
    const [, closing, rawTag, selfClosing, text] = match;
    if (text !== undefined) {
      current ??= { text: '', listItem: false };
      current.text += decodeEntities(text);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') {
      close();
    } else if (tag === 'ul' || tag === 'ol') {
      close();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (BLOCKS.has(tag)) {
      close();
      if (!closing && !selfClosing) current = { text: listMarker(tag, lists), listItem: tag === 'li' };
    }
  }
  close();
  return blocks;
}

function listMarker(tag: string, lists: { ordered: boolean; count: number }[]): string {
  const list = lists[lists.length - 1];
  if (tag !== 'li' || !list) return '';
  list.count += 1;
  return list.ordered ? `${list.count}. ` : '- ';
}

/**
 * Lines of text. A document that separates its paragraphs with empty ones (a text export pasted into
 * Word) keeps exactly that layout; one that separates them by spacing gets a blank line between
 * blocks, except between the items of one list.
 */
export function htmlToText(html: string): string {
  const blocks = blocksOf(html);
  if (blocks.some((block) => block.text === '')) return blocks.map((block) => block.text).join('\n');
  const isItem = (block: Block) => block.listItem || LIST_MARKER.test(block.text);
  return blocks
    .map((block, index) => {
      const previous = blocks[index - 1];
      const separator = previous === undefined ? '' : isItem(previous) && isItem(block) ? '\n' : '\n\n';
      return separator + block.text;
    })
    .join('');
}
