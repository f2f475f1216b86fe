/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { Meeting } from '../../../domain/meeting';
import { NotAReferatError } from '../../../domain/referat/NotAReferatError';
import { da } from '../../strings/da';
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
    const readMeeting = jest.fn(async () => meeting);
    render(<OpenDocument readMeeting={readMeeting} strings={da} language="da" />);
    pick('dagsorden.pdf');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dagsorden Chefforum' })).toBeTruthy();
    expect(readMeeting).toHaveBeenCalledWith(expect.any(Uint8Array), 'dagsorden.pdf');
  });

  it.each([
    ['a text that is no referat', new NotAReferatError(), da.errorNotAReferat],
    [
      'an unreadable file',
      Object.assign(new Error('bad'), { code: 'unreadable-file', reason: 'corrupt-pdf' }),
      da.errorUnreadable,
    ],
    [
      'an empty file',
      Object.assign(new Error('empty'), { code: 'unreadable-file', reason: 'empty' }),
      da.errorEmpty,
    ],
    ['anything else', new TypeError('boom'), da.errorUnexpected],
  ])('says so in Danish for %s', async (_name, error, sentence) => {
    render(<OpenDocument readMeeting={async () => Promise.reject(error)} strings={da} language="da" />);
    pick('x.pdf');
    expect(await screen.findByText(`x.pdf: ${sentence}`)).toBeTruthy();
  });
});
