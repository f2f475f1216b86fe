/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { Failure } from '../../../domain/failure';
import type { Meeting } from '../../../domain/meeting';
import { da } from '../../../strings/da';
import { OpenDocument } from './OpenDocument';

const meeting: Meeting = {
  kind: 'dagsorden',
  forum: 'Chefforum',
  date: '2027-01-14',
  start: '09:30',
  location: null,
  absent: [],
  items: [],
  issues: [],
};

function pick(name: string) {
  const input = document.querySelector('input[type=file]')!;
  fireEvent.change(input, { target: { files: [new File(['bytes'], name)] } });
}

describe('opening a document', () => {
  it('shows the meeting read from the picked file', async () => {
    const readMeeting = jest.fn(async () => ({ meeting, warnings: [] }));
    render(<OpenDocument readMeeting={readMeeting} strings={da} language="da" />);
    pick('dagsorden.pdf');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dagsorden Chefforum' })).toBeTruthy();
    expect(readMeeting).toHaveBeenCalledWith(expect.any(Uint8Array), 'dagsorden.pdf');
  });

  it('says in Danish what it could not place, point by point', async () => {
    const withIssues: Meeting = {
      ...meeting,
      issues: [
        { code: 'toc-mismatch', line: 3, listed: 5, found: 4 },
        { code: 'unplaced-text', line: 12, point: 4, text: 'Løst notat' },
        { code: 'point-out-of-order', line: 40, number: 3, previous: 5 },
      ],
    };
    render(
      <OpenDocument
        readMeeting={async () => ({ meeting: withIssues, warnings: [] })}
        strings={da}
        language="da"
      />,
    );
    pick('dagsorden.pdf');
    expect(
      await screen.findByText('3 dele af dokumentet kunne ikke placeres.', { exact: false }),
    ).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Linje 3: indholdsfortegnelsen nævner 5 punkter, men dokumentet har 4',
      'Punkt 4: tekst uden for en kendt overskrift; vist som afsnit uden overskrift',
      'Linje 40: punkt 3 kommer efter punkt 5',
    ]);
  });

  it('says in Danish how many bytes of a text file were not valid UTF-8, and still shows the meeting', async () => {
    const readMeeting = async () => ({ meeting, warnings: [{ code: 'replaced-bytes' as const, count: 3 }] });
    render(<OpenDocument readMeeting={readMeeting} strings={da} language="da" />);
    pick('referat.txt');
    expect(
      await screen.findByText('referat.txt: 3 byte i filen var ikke gyldig UTF-8 og er erstattet af »�«.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' })).toBeTruthy();
  });

  it.each([
    [
      'a text that is no referat',
      { code: 'not-a-referat' },
      'Filen er hverken en dagsorden eller et referat fra Chefforum.',
    ],
    [
      'a damaged PDF',
      { code: 'unreadable', reason: 'corrupt-pdf' },
      'Filen kan ikke læses. PDF-filen er beskadiget.',
    ],
    [
      'a password-protected PDF',
      { code: 'unreadable', reason: 'encrypted-pdf' },
      'Filen kan ikke læses. PDF-filen er beskyttet med en adgangskode.',
    ],
    ['an empty file', { code: 'unreadable', reason: 'empty' }, 'Filen er tom.'],
    ['anything else', { code: 'unexpected' }, 'Noget uventet gik galt.'],
  ] satisfies [string, Failure, string][])('says so in Danish for %s', async (_name, failure, sentence) => {
    render(<OpenDocument readMeeting={async () => ({ failure, cause: null })} strings={da} language="da" />);
    pick('x.pdf');
    expect(await screen.findByText(`x.pdf: ${sentence}`)).toBeTruthy();
  });
});
