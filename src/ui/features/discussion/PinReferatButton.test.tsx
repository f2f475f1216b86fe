/** @jest-environment jsdom */
// What the user is told after pressing "Fastgør referat i kanalen", for each way it can end.
import { fireEvent, render, screen } from '@testing-library/react';
import type { TabPinner } from '../../../domain/discussion/TabPinner';
import { da } from '../../strings/da';
import { PinReferatButton } from './PinReferatButton';

const failing = (code: string): TabPinner => ({
  pinReferat: async () => Promise.reject(Object.assign(new Error(code), { code })),
});

describe('pinning the referat', () => {
  it.each([
    [
      'pinned',
      { pinReferat: async () => 'pinned' as const },
      'Referatet er fastgjort som «Referat 8. oktober 2020».',
    ],
    [
      'already pinned',
      { pinReferat: async () => 'already-pinned' as const },
      'Referatet er allerede fastgjort som «Referat 8. oktober 2020».',
    ],
    ['refused (403)', failing('forbidden'), da.pinForbidden],
    ['without the app installed', failing('not-found'), da.pinNotInstalled],
    ['failing otherwise', failing('unavailable'), da.pinFailed],
  ])('says so when %s', async (_name, pinner, message) => {
    render(
      <PinReferatButton
        meetingDate="2020-10-08"
        fileName="referat-2020-10-08.pdf"
        webUrl="https://kommune.sharepoint.com/sites/Chefforum/referat-2020-10-08.pdf"
        pinner={pinner}
        inChat={false}
        strings={da}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fastgør referat i kanalen' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});
