/** @jest-environment jsdom */
// What the user is told after pressing "Fastgør referat i kanalen", for each way it can end.
import { fireEvent, render, screen } from '@testing-library/react';
import type { TabPinner } from '../../../domain/ports';
import { type Failure, FailureError } from '../../../domain/failure';
import { da } from '../../../strings/da';
import { PinReferatButton } from './PinReferatButton';

const failing = (failure: Failure): TabPinner => ({
  pinReferat: async () => Promise.reject(new FailureError(failure, failure.code)),
});

describe('pinning the referat', () => {
  it.each([
    [
      'pinned',
      { pinReferat: async () => ({ result: 'pinned' as const, tabId: 't', tabName: null, lookAlikes: [] }) },
      'Referatet er fastgjort som «Referat 8. oktober 2020».',
    ],
    [
      'already pinned',
      {
        pinReferat: async () => ({
          result: 'already-pinned' as const,
          tabId: 't',
          tabName: null,
          lookAlikes: [],
        }),
      },
      'Referatet er allerede fastgjort som «Referat 8. oktober 2020».',
    ],
    [
      'refused (403)',
      failing({ code: 'forbidden', missingPermission: null }),
      'Referatet kunne ikke fastgøres. Du har ikke rettighed til det i Microsoft 365. Bed en ejer af teamet om hjælp.',
    ],
    [
      'refused for a permission Graph names',
      failing({ code: 'forbidden', missingPermission: 'TeamsTab.Create' }),
      `Referatet kunne ikke fastgøres. ${da.missingPermission('TeamsTab.Create')}`,
    ],
    [
      'without the app installed',
      failing({ code: 'app-not-installed' }),
      'Referatet kunne ikke fastgøres. Chefforum-appen er ikke installeret i teamet. Bed en ejer af teamet om at tilføje appen.',
    ],
    [
      'failing otherwise',
      failing({ code: 'unavailable', retryAfterMs: null }),
      'Referatet kunne ikke fastgøres. Microsoft 365 svarer ikke lige nu. Prøv igen om lidt.',
    ],
    [
      'failing unexpectedly',
      { pinReferat: async () => Promise.reject(new TypeError('boom')) },
      'Referatet kunne ikke fastgøres. Noget uventet gik galt.',
    ],
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
