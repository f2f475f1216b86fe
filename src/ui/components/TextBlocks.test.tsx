/** @jest-environment jsdom */
// Document text as a reader sees it: sub-headings as headings, http(s) addresses as links, and nothing
// in the text ever read as HTML or as a link of another scheme.
import { render, screen } from '@testing-library/react';
import { TextBlocks } from './TextBlocks';
import { linkify } from './linkify';

describe('TextBlocks', () => {
  it('shows the sub-headings of a Sagsfremstilling as headings and their text as paragraphs', () => {
    // referat-2019-05-23, punkt 2, as the parser keeps it.
    const text = [
      'Formål',
      'Formålet er at bruge Chefforums tid på de sager, hvor cheferne skal træffe beslutninger sammen.',
      'Forslag til ny struktur',
      'Der foreslås følgende ændringer:',
      '- Møderne holdes hver anden torsdag fra kl. 9 til 12.\n- Dagsordenen udsendes senest fredag ugen før mødet.',
    ].join('\n\n');
    render(<TextBlocks text={text} />);
    expect(screen.getAllByRole('heading', { level: 4 }).map((each) => each.textContent)).toEqual([
      'Formål',
      'Forslag til ny struktur',
    ]);
    expect(screen.getByText(/^Formålet er at bruge/).tagName).toBe('SPAN');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps a section of one short line as text', () => {
    render(<TextBlocks text="Beredskabsloven" />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Beredskabsloven')).toBeTruthy();
  });

  it('links an http(s) address, opening it outside the tab, the sentence around it kept', () => {
    // referat-2022-03-10, punkt 2.
    const address =
      'https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/Digitalisering/Hoeringssvar-2022.xlsx';
    render(<TextBlocks text={`Høringssvarene ligger her: ${address}. Læs dem før mødet.`} />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe(address);
    expect(link.textContent).toBe(address);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.parentElement!.textContent).toBe(`Høringssvarene ligger her: ${address}. Læs dem før mødet.`);
  });

  it('renders an attack as text: no element, no script, no link of another scheme', () => {
    const attack = [
      '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>',
      'javascript:alert(document.cookie)',
      'Se <a href="javascript:alert(1)">her</a> og data:text/html,<b>x</b> og JAVASCRIPT://%0Aalert(1)',
      '- vbscript:msgbox(1) file:///etc/passwd mailto:direktor@kommune.dk',
      'Link: https://kommune.dk/"onmouseover="alert(1)',
    ].join('\n\n');
    const { container } = render(<TextBlocks text={attack} />);
    expect(container.querySelector('img, script, b, a:not([href^="https://"])')).toBeNull();
    expect(container.textContent).toContain('<script>window.hacked=1</script>');
    expect(container.textContent).toContain('javascript:alert(document.cookie)');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://kommune.dk/']);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('linkify', () => {
  it.each([
    ['Se https://kommune.dk/side.', ['Se ', '[https://kommune.dk/side]', '.']],
    ['(https://kommune.dk/a?b=1&c=2)', ['(', '[https://kommune.dk/a?b=1&c=2]', ')']],
    ['http://a.dk og https://b.dk', ['[http://a.dk]', ' og ', '[https://b.dk]']],
    ['javascript:alert(1)', ['javascript:alert(1)']],
    ['ftp://fil.kommune.dk/x', ['ftp://fil.kommune.dk/x']],
    ['https://', ['https://']],
  ])('%s', (line, expected) => {
    const pieces = linkify(line);
    expect(pieces.map((piece) => (piece.kind === 'link' ? `[${piece.text}]` : piece.text))).toEqual(expected);
    expect(pieces.map((piece) => piece.text).join('')).toBe(line);
  });
});
