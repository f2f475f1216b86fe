/** @jest-environment jsdom */
// What the referat dialog tells the user for each outcome, against in-memory ports.
import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, render, screen } from '@testing-library/react';
import {
  memoryAnnouncements,
  memoryFolder,
  memoryPinner,
  memoryPublications,
  textWriter,
} from '../../../app/testing/memoryReferatPorts';
import type { TabPinner } from '../../../domain/ports';
import { type Decision, decisionFromPoint } from '../../../domain/decisions/decision';
import { FailureError } from '../../../domain/failure';
import { unpublished } from '../../../domain/referat/publication';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { formatMoment } from '../../format';
import { da } from '../../../strings/da';
import { ReferatPanel } from './ReferatPanel';
import type { ReferatServices } from './useReferat';

// jsdom has no TextEncoder; the in-memory folder keeps its files as bytes.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const meeting = meetingOf(
  '2027-01-14',
  [1, 2, 3].map((number) => agendaItem({ number, title: `Sag ${number}` })),
  { kind: 'dagsorden' },
);
const decisions: Decision[] = [
  { ...decisionFromPoint(meeting, meeting.items[0]!, null)!, decision: 'Godkendt.' },
];
const NAME = 'Referat Chefforum 14-01-2027.docx';

const SECRETARY = { id: 'u-secretary', name: 'Sekretær Sofie' };
/** When the secretary publishes (the publish ports' clock), as the dialog says it. */
const WHEN = formatMoment('2027-01-15T09:00:00.000Z', 'da');

/** The morning after the meeting, in Copenhagen. */
const AFTER = new Date('2027-01-15T09:00:00Z');

function setUp({
  pinner,
  refuseWrites = false,
  now = AFTER,
}: { pinner?: TabPinner; refuseWrites?: boolean; now?: Date } = {}) {
  const files = memoryFolder();
  if (refuseWrites) {
    // The channel's folder refuses a reader (SharePoint's 403 accessDenied, the adapter's forbidden).
    const refused = async (): Promise<never> => {
      throw new FailureError({ code: 'forbidden', missingPermission: null }, 'Access denied');
    };
    Object.assign(files.folder, { create: refused, replace: refused });
  }
  const pins = memoryPinner();
  const channel = memoryAnnouncements();
  const records = memoryPublications();
  const services: ReferatServices = {
    decisions: async () => decisions,
    folder: files.folder,
    writer: textWriter,
    publish: {
      announcements: channel.announcements,
      publications: records.publications,
      me: SECRETARY,
      clock: () => Date.parse('2027-01-15T09:00:00Z'),
      newToken: () => 'token',
      pointLink: () => 'https://teams.microsoft.com/l/x',
      postWords: da.posts,
    },
  };
  render(
    <ReferatPanel
      meeting={meeting}
      services={services}
      pinner={{ pinner: pinner ?? pins.pinner, inChat: false }}
      strings={da}
      language="da"
      now={now}
    />,
  );
  return { files, pins, channel, records };
}

const open = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Udarbejd referat' }));
  await screen.findByText('Punkt 2 og 3 har endnu ingen beslutning og skrives uden.');
};

describe('the referat dialog', () => {
  it.each([
    ['five weeks ahead', '2026-12-10T10:00:00Z'],
    ['the evening before, in Copenhagen (22:59 UTC)', '2027-01-13T22:59:00Z'],
  ])('is not offered %s, and says from when instead', (_, now) => {
    setUp({ now: new Date(now) });
    expect(screen.queryByRole('button', { name: 'Udarbejd referat' })).toBeNull();
    expect(
      screen.getByText(
        'Referatet kan udarbejdes og udgives fra mødets dag, torsdag 14. januar 2027: et referat gengiver et møde, der er holdt.',
      ),
    ).toBeTruthy();
  });

  it('is offered from midnight of the meeting’s day in Copenhagen', () => {
    setUp({ now: new Date('2027-01-13T23:00:00Z') });
    expect(screen.getByRole('button', { name: 'Udarbejd referat' })).toBeTruthy();
  });

  it('saves a new referat and then offers to pin it', async () => {
    const { files } = setUp();
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Gem referat' }));
    expect(await screen.findByText(`Referatet er gemt som «${NAME}».`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Åbn referatet i Word' }).getAttribute('href')).toBe(
      `https://k.sharepoint.com/${NAME}`,
    );
    expect(screen.getByRole('button', { name: 'Fastgør referat i kanalen' })).toBeTruthy();
    expect(files.textOf(NAME)).toContain('Godkendt.');
  });

  it('asks before replacing a referat, and refuses when it changed after the user was asked', async () => {
    const { files } = setUp();
    files.edit(NAME, 'Sekretærens udgave');
    await open();
    expect(
      screen.getByText(
        `Der findes allerede et referat af mødet, «${NAME}». Det erstattes kun, hvis du vælger det.`,
      ),
    ).toBeTruthy();
    files.edit(NAME, 'Direktørens udgave');
    fireEvent.click(screen.getByRole('button', { name: 'Erstat referatet' }));
    expect(await screen.findByText(da.referatChanged)).toBeTruthy();
    expect(files.textOf(NAME)).toBe('Direktørens udgave');
  });

  it('publishes once, and says so when clicked again', async () => {
    const { pins, channel } = setUp();
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Udgiv referat' }));
    expect(
      await screen.findByText(
        `Referatet «${NAME}» er udgivet ${WHEN} af Sekretær Sofie: fastgjort i kanalen og annonceret.`,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Åbn referatet i Word' }).getAttribute('href')).toBe(
      `https://k.sharepoint.com/${NAME}`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Udgiv referat' }));
    expect(await screen.findByText(da.referatAlreadyPublished(NAME, WHEN, SECRETARY.name))).toBeTruthy();
    expect([pins.tabs.size, channel.posted.length]).toEqual([1, 1]);
  });

  it('opened again after publishing, says who published it and when, and opens it first; replacing is second', async () => {
    const { records } = setUp();
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Udgiv referat' }));
    await screen.findByText(da.referatPublished(NAME, WHEN, SECRETARY.name), {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Luk' }));
    // Another member published it, as the record says (who and when are the record's, not this user's).
    const stored = (await records.publications.read('2027-01-14'))!;
    const director = { id: 'u-director', name: 'Direktør Dorthe' };
    await records.publications.write(
      { ...stored.publication, published: { by: director, at: '2027-01-14T14:30:00.000Z' } },
      stored.version,
    );

    await open();
    const when = formatMoment('2027-01-14T14:30:00.000Z', 'da');
    expect(
      screen.getByText(
        `Referatet «${NAME}» er udgivet ${when} af Direktør Dorthe. Åbn det; det erstattes kun, hvis du vælger det.`,
      ),
    ).toBeTruthy();
    const opens = screen.getByRole('link', { name: 'Åbn referatet i Word' });
    expect(opens.getAttribute('href')).toBe(`https://k.sharepoint.com/${NAME}`);
    const replace = screen.getByRole('button', { name: 'Erstat referatet' });
    // The first of the dialog's actions is opening the file; replacing follows it.
    expect(opens.compareDocumentPosition(replace) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says a reader may not save the referat, and neither pins nor announces it', async () => {
    const { files, pins, channel } = setUp({ refuseWrites: true });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Udgiv referat' }));
    expect(await screen.findByText(da.referatRefused)).toBeTruthy();
    expect(screen.queryByText(da.referatFailed)).toBeNull();
    expect([files.count(), pins.tabs.size, channel.posted.length]).toEqual([0, 0, 0]);
  });

  it('names a look-alike tab and post it left alone, in one Danish sentence', async () => {
    const lookAlike: TabPinner = {
      pinReferat: async () => ({
        result: 'pinned',
        tabId: 't1',
        tabName: 'Referat 14. januar 2027 (Chefforum)',
        lookAlikes: ['Referat 14. januar 2027'],
      }),
    };
    const { channel } = setUp({ pinner: lookAlike });
    // Another member's post with the announcement's subject (the channel's posts are the secretary's here).
    channel.posted.push({
      id: 'fake',
      authorId: 'u-chief',
      createdDateTime: '2027-01-15T08:00:00Z',
      subject: 'Referat Chefforum 14-01-2027 er udgivet',
      html: '<p>Falsk</p>',
    });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Udgiv referat' }));
    expect(
      await screen.findByText(
        `${da.referatPublished(NAME, WHEN, SECRETARY.name)} Fanen «Referat 14. januar 2027» og et indlæg med annonceringens emne er ikke appens og er ladt urørt; referatet er fastgjort som «Referat 14. januar 2027 (Chefforum)».`,
      ),
    ).toBeTruthy();
  });

  it('says who is publishing when someone else holds the publish', async () => {
    const { records, channel } = setUp();
    const claim = {
      token: 'other',
      by: { id: 'u-director', name: 'Direktør Dorthe' },
      at: '2027-01-15T08:59:30Z',
    };
    await records.publications.write({ ...unpublished('2027-01-14'), claim }, null);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Udgiv referat' }));
    expect(await screen.findByText(da.referatBeingPublished('Direktør Dorthe'))).toBeTruthy();
    expect(channel.posted).toHaveLength(0);
  });
});
