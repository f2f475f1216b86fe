// Paragraph text of the meeting model ("\n\n" between paragraphs, "\n" between list lines) as React
// elements. Document text is always rendered as text: React escapes it, and no HTML is ever injected.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingInlineStart: tokens.spacingHorizontalXXL },
});

type Block = { kind: 'bullets' | 'numbers'; items: string[] } | { kind: 'paragraph'; lines: string[] };

/** Splits model text into paragraphs and lists. */
export function blocksOf(text: string): Block[] {
  return text
    .split('\n\n')
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      if (lines.every((line) => line.startsWith('- ')))
        return { kind: 'bullets', items: lines.map((line) => line.slice(2)) };
      if (lines.every((line) => /^\d{1,2}[.)] /.test(line))) {
        return { kind: 'numbers', items: lines.map((line) => line.replace(/^\d{1,2}[.)] /, '')) };
      }
      return { kind: 'paragraph', lines };
    });
}

export function TextBlocks({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {blocksOf(text).map((block, index) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={index} className={styles.paragraph}>
              {block.lines.map((line, at) => (
                <span key={at}>
                  {at > 0 && <br />}
                  {line}
                </span>
              ))}
            </p>
          );
        }
        const items = block.items.map((item, at) => <li key={at}>{item}</li>);
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
