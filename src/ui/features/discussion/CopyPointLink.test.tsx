/** @jest-environment jsdom */
// "Kopiér link til punkt": says it was copied, and the notice goes away after a few seconds; a link
// that could not be copied stays on screen; Teams' own share dialog needs no notice.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { da } from '../../../strings/da';
import { COPIED_NOTICE_MS, CopyPointLink } from './CopyPointLink';

const LINK = 'https://teams.microsoft.com/l/entity/app/chefforum-dagsorden?context=%7B%7D';

function renderWith(copyPointLink: () => Promise<'copied' | 'shared'>) {
  const meeting = meetingOf('2022-03-10', [agendaItem({ number: 2, title: 'Digitaliseringsstrategi' })]);
  render(
    <CopyPointLink
      meeting={meeting}
      item={meeting.items[0]!}
      services={{ pointLink: () => LINK, copyPointLink }}
      strings={da}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Kopiér link til punkt' }));
}

describe('copying the link to a point', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says the link is copied, then takes the notice away after a few seconds', async () => {
    renderWith(async () => 'copied');
    await act(async () => undefined);
    expect(screen.getByRole('status').textContent).toBe('Linket er kopieret.');
    act(() => jest.advanceTimersByTime(COPIED_NOTICE_MS));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps a link it could not copy on screen, for copying by hand', async () => {
    renderWith(async () => Promise.reject(new Error('NotAllowedError')));
    await act(async () => undefined);
    act(() => jest.advanceTimersByTime(COPIED_NOTICE_MS * 3));
    expect(screen.getByRole('status').textContent).toBe(da.linkNotCopied(LINK));
  });

  it('says nothing when Teams showed its own share dialog', async () => {
    renderWith(async () => 'shared');
    await act(async () => undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
