// Paragraph text of the meeting model ("\n\n" between paragraphs, "\n" between list lines) as React
// elements: sub-headings as headings, http(s) addresses as links. Document text is always rendered as
// text nodes: React escapes it, and no HTML is ever injected.
import { Body1Strong, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { isSubHeading } from '../../domain/referat/subHeading';
import { linkify } from './linkify';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingInlineStart: tokens.spacingHorizontalXXL },
  subHeading: { display: 'block', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  link: { overflowWrap: 'anywhere' },
});

type Block =
  | { kind: 'bullets' | 'numbers'; items: string[] }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; text: string };

/** Splits model text into sub-headings, paragraphs and lists. */
export function blocksOf(text: string): Block[] {
  const paragraphs = text.split('\n\n').filter((paragraph) => paragraph.trim() !== '');
  return paragraphs.map((paragraph, index): Block => {
    if (isSubHeading(paragraphs, index)) return { kind: 'heading', text: paragraph.trim() };
    const lines = paragraph.split('\n');
    if (lines.every((line) => line.startsWith('- ')))
      return { kind: 'bullets', items: lines.map((line) => line.slice(2)) };
    if (lines.every((line) => /^\d{1,2}[.)] /.test(line))) {
      return { kind: 'numbers', items: lines.map((line) => line.replace(/^\d{1,2}[.)] /, '')) };
    }
    return { kind: 'paragraph', lines };
  });
}

/** A line as text nodes, its http(s) addresses as links that open outside the tab. */
function Linked({ line, className }: { line: string; className: string }): ReactNode {
  return linkify(line).map((piece, at) =>
    piece.kind === 'link' ? (
      <Link key={at} href={piece.href} target="_blank" rel="noopener noreferrer" className={className}>
        {piece.text}
      </Link>
    ) : (
      piece.text
    ),
  );
}

export function TextBlocks({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {blocksOf(text).map((block, index) => {
        if (block.kind === 'heading') {
          // Sections are h3 in the meeting view; their sub-headings are one level below.
          return (
            <Body1Strong key={index} as="h4" className={styles.subHeading}>
              {block.text}
            </Body1Strong>
          );
        }
        if (block.kind === 'paragraph') {
          return (
            <p key={index} className={styles.paragraph}>
              {block.lines.map((line, at) => (
                <span key={at}>
                  {at > 0 && <br />}
                  <Linked line={line} className={styles.link} />
                </span>
              ))}
            </p>
          );
        }
        const items = block.items.map((item, at) => (
          <li key={at}>
            <Linked line={item} className={styles.link} />
          </li>
        ));
        return block.kind === 'bullets' ? (
          <ul key={index} className={styles.list}>
            {items}
          </ul>
        ) : (
          <ol key={index} className={styles.list}>
            {items}
          </ol>
        );
      })}
    </>
  );
}
