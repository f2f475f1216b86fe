// The emulator's sample tenant: the Chefforum site, team and channel, its members and one outsider,
// a meeting chat, and the channel's files folder holding our sample referater as .txt, .docx and .pdf
// (from tests/fixtures/referater). The decision list is not created: the app provisions it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { danishLongDate } from '../../src/domain/danishDate';
import { renderDocx, renderPdf } from '../fixtures/renderDocuments';
import type { Context } from './context';
import type { Journal } from './journal';
import type {
  StoredChannel,
  StoredChat,
  StoredDrive,
  StoredDriveItem,
  StoredSite,
  StoredTeam,
  StoredUser,
} from './model';
import { putFile } from './routes/drives';

export const SEED = {
  hostname: 'kommune.sharepoint.com',
  sitePath: '/sites/Chefforum',
  siteId: '5b1c3d55-0c1e-4a3e-9f0a-6c7d8e9f0a11',
  /** A Danish municipality's site keeps Danish time. */
  timeZone: 'Europe/Copenhagen',
  teamId: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
  channelId: '19:chefforum-generelt@thread.tacv2',
  driveId: 'b!chefforum-dokumenter',
  chatId: '19:meeting_chefforum@thread.v2',
  /**
   * A private and a shared channel of the team, each with a SharePoint site of its own (msteams-docs
   * concepts/build-and-test/shared-channels.md), whose files folder holds one referat; the private
   * channel keeps it in a subfolder "Referater". Each has members of its own, who alone reach its site:
   * the private one the secretary and the director only (the chiefs are team members, not channel
   * members); the shared one the team's members and the outsider, who is in no team of the tenant's.
   */
  privateChannel: {
    id: '19:chefforum-privat@thread.tacv2',
    siteId: '6c2d4e66-1d2f-4b4f-8a1b-7d8e9f0a1b22',
    sitePath: '/sites/Chefforum-Sekretariat',
    driveId: 'b!chefforum-sekretariat',
    fixture: 'referat-2015-06-11',
    members: ['secretary', 'director'],
  },
  sharedChannel: {
    id: '19:chefforum-faelles@thread.skype',
    siteId: '7d3e5f77-2e3a-4c5a-9b2c-8e9f0a1b2c33',
    sitePath: '/sites/Chefforum-Faelles',
    driveId: 'b!chefforum-faelles',
    fixture: 'referat-2019-05-23',
    members: ['secretary', 'director', 'finance', 'schools', 'outsider'],
  },
  /** The Chefforum app as installed in the team: its manifest id and its id in the app catalog. */
  app: { externalId: '6f1c9f3e-0000-4000-8000-00000000c0de', catalogId: 'a1b2c3d4-chefforum-catalog' },
  users: {
    secretary: {
      id: '11111111-1111-4111-8111-111111111111',
      displayName: 'Chefforums sekretær',
      userPrincipalName: 'sekretaer@kommune.dk',
    },
    director: {
      id: '22222222-2222-4222-8222-222222222222',
      displayName: 'Kommunaldirektøren',
      userPrincipalName: 'direktoer@kommune.dk',
    },
    finance: {
      id: '33333333-3333-4333-8333-333333333333',
      displayName: 'Chefen for Økonomi & Stab',
      userPrincipalName: 'oekonomi@kommune.dk',
    },
    schools: {
      id: '44444444-4444-4444-8444-444444444444',
      displayName: 'Chefen for Skoler & Uddannelse',
      userPrincipalName: 'skoler@kommune.dk',
    },
    outsider: {
      id: '99999999-9999-4999-8999-999999999999',
      displayName: 'Udenforstående',
      userPrincipalName: 'udenfor@kommune.dk',
    },
  },
} as const;

// Each sample meeting in one format, so the library looks like a real one: a mix of exports.
const DOCUMENTS: { fixture: string; as: 'txt' | 'docx' | 'pdf' }[] = [
  { fixture: 'referat-2015-04-23', as: 'txt' },
  { fixture: 'referat-2022-03-10', as: 'pdf' },
  { fixture: 'referat-2023-06-15', as: 'pdf' },
  { fixture: 'dagsorden-2027-01-14', as: 'docx' },
];

// Attachment files of the 2022-03-10 referat, in the channel's "Bilag" folder.
const ATTACHMENTS: [string, string][] = [
  [
    'Udkast til digitaliseringsstrategi 2022-2025.pdf',
    'Udkast til digitaliseringsstrategi 2022-2025\n\nFire indsatsområder for kommunens digitale udvikling.',
  ],
  ['Tidsplan for høring.pdf', 'Tidsplan for høring\n\nHøringsperiode: 14. marts – 8. april 2022.'],
];

const fixturesDir = path.resolve(__dirname, '../../tests/fixtures/referater');

const ROOT_ID = 'root-dokumenter';
const FOLDER_ID = 'folder-generelt';
const ATTACHMENTS_ID = 'folder-bilag';

/** Writes the sample tenant into an empty emulator. */
export async function seed(ctx: Context): Promise<void> {
  const now = ctx.now().toISOString();
  const members = Object.values(SEED.users).filter((user) => user.id !== SEED.users.outsider.id);
  seedTeam(ctx.db, members);
  seedChannel(ctx.db, now);
  ctx.db.put('chats', SEED.chatId, {
    id: SEED.chatId,
    topic: 'Chefforum',
    chatType: 'meeting',
    memberIds: members.map((user) => user.id),
    organizerId: SEED.users.secretary.id,
  } satisfies StoredChat);
  await seedDocuments(ctx);
  await seedChannelSite(ctx, 'private', 'Sekretariatet', 'Referater');
  await seedChannelSite(ctx, 'shared', 'Chefforum fælles', null);
  ctx.db.put('meta', 'seeded', now);
}

/** The users, the team's site and the team with the app installed. */
function seedTeam(db: Journal, members: StoredUser[]): void {
  for (const user of Object.values(SEED.users)) db.put('users', user.id, user satisfies StoredUser);
  db.put('sites', SEED.siteId, {
    id: SEED.siteId,
    hostname: SEED.hostname,
    path: SEED.sitePath,
    displayName: 'Chefforum',
    teamId: SEED.teamId,
    timeZone: SEED.timeZone,
  } satisfies StoredSite);
  db.put('teams', SEED.teamId, {
    id: SEED.teamId,
    displayName: 'Chefforum',
    memberIds: members.map((user) => user.id),
    siteId: SEED.siteId,
    installedApps: [{ ...SEED.app, displayName: 'Chefforum' }],
  } satisfies StoredTeam);
}

/** A folder of the team's drive. */
function folderItem(
  id: string,
  parentId: string | null,
  name: string,
  now: string,
  driveId: string = SEED.driveId,
): StoredDriveItem {
  return {
    id,
    driveId,
    parentId,
    name,
    folder: true,
    blob: null,
    size: 0,
    mimeType: null,
    version: 1,
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
}

/** The team's drive, the General channel and its folder (with Bilag beside the referater). */
function seedChannel(db: Journal, now: string): void {
  db.put('drives', SEED.driveId, {
    id: SEED.driveId,
    siteId: SEED.siteId,
    name: 'Delte dokumenter',
    rootId: ROOT_ID,
  } satisfies StoredDrive);
  db.put('driveItems', ROOT_ID, folderItem(ROOT_ID, null, 'root', now));
  db.put('driveItems', FOLDER_ID, folderItem(FOLDER_ID, ROOT_ID, 'Generelt', now));
  db.put('driveItems', ATTACHMENTS_ID, folderItem(ATTACHMENTS_ID, FOLDER_ID, 'Bilag', now));
  db.put('channels', SEED.channelId, {
    id: SEED.channelId,
    teamId: SEED.teamId,
    displayName: 'Generelt',
    membershipType: 'standard',
    driveId: SEED.driveId,
    folderId: FOLDER_ID,
  } satisfies StoredChannel);
}

/** The attachments (PDF) and the sample agendas and minutes, rendered in the format each names. */
async function seedDocuments(ctx: Context): Promise<void> {
  for (const [name, text] of ATTACHMENTS)
    putFile(ctx, SEED.driveId, ATTACHMENTS_ID, name, await renderPdf(text));
  for (const document of DOCUMENTS) {
    const text = readFileSync(path.join(fixturesDir, `${document.fixture}.txt`), 'utf8');
    putFile(
      ctx,
      SEED.driveId,
      FOLDER_ID,
      `${document.fixture}.${document.as}`,
      await render(namedReferat(document.fixture, text), document.as),
    );
  }
}

/**
 * The seeded agenda's approving point names a referat of the seed: the one of 10 March 2022, not the
 * nearest earlier (15 June 2023, which thus awaits its own approval), so the approval is seen to land on
 * the referat named (the fixture names 10 December 2026, a meeting the seed lacks).
 */
function namedReferat(fixture: string, text: string): string {
  if (fixture !== 'dagsorden-2027-01-14') return text;
  return text.replace('referatet fra mødet den 10. december 2026', 'referatet fra mødet den 10. marts 2022');
}

/** A private or shared channel with its own site and drive, its referat in `subfolder` (or the folder itself). */
async function seedChannelSite(
  ctx: Context,
  kind: 'private' | 'shared',
  displayName: string,
  subfolder: string | null,
): Promise<void> {
  const channel = kind === 'private' ? SEED.privateChannel : SEED.sharedChannel;
  const now = ctx.now().toISOString();
  ctx.db.put('sites', channel.siteId, {
    id: channel.siteId,
    hostname: SEED.hostname,
    path: channel.sitePath,
    displayName,
    teamId: SEED.teamId,
    channelId: channel.id,
  } satisfies StoredSite);
  const rootId = `root-${kind}`;
  ctx.db.put('drives', channel.driveId, {
    id: channel.driveId,
    siteId: channel.siteId,
    name: 'Delte dokumenter',
    rootId,
  } satisfies StoredDrive);
  const folder = (id: string, parentId: string | null, name: string) =>
    folderItem(id, parentId, name, now, channel.driveId);
  const folderId = `folder-${kind}`;
  ctx.db.put('driveItems', rootId, folder(rootId, null, 'root'));
  ctx.db.put('driveItems', folderId, folder(folderId, rootId, displayName));
  ctx.db.put('channels', channel.id, {
    id: channel.id,
    teamId: SEED.teamId,
    displayName,
    membershipType: kind,
    driveId: channel.driveId,
    folderId,
    memberIds: channel.members.map((name) => SEED.users[name].id),
  } satisfies StoredChannel);
  let parentId = folderId;
  if (subfolder) {
    parentId = `${folderId}-${subfolder.toLowerCase()}`;
    ctx.db.put('driveItems', parentId, folder(parentId, folderId, subfolder));
  }
  const text = readFileSync(path.join(fixturesDir, `${channel.fixture}.txt`), 'utf8');
  putFile(ctx, channel.driveId, parentId, `${channel.fixture}.txt`, new TextEncoder().encode(text));
}

async function render(text: string, format: 'txt' | 'docx' | 'pdf'): Promise<Uint8Array> {
  if (format === 'docx') return renderDocx(text);
  if (format === 'pdf')
    return renderPdf(text, { runningHeader: 'Albertslund Kommune – Chefforum', pageNumbers: true });
  return new TextEncoder().encode(text);
}

/** The generated archive's meetings a year, and the point a search test looks for. */
export const ARCHIVE = {
  // About 25 a year, as a real forum holds; 28 keeps 500 documents within 18 year folders, so with
  // "Bilag" their listing fits one $batch (20 requests at most).
  perYear: 28,
  /** A 2016 meeting whose first point has a title no fixture has. */
  searchable: { date: '2016-03-03', title: 'Arkivprøve: Vestbyens skolestruktur' },
  /** A document that cannot be read, so the library has one to name. */
  broken: 'referat-2012-05-10.pdf',
} as const;

/**
 * A generated archive beside the sample documents (EMULATOR_ARCHIVE=500): referater made from our own
 * fixtures, 28 a year going back from 2025, each dated anew, as .txt, .docx and .pdf in turn, in year
 * folders of the channel's folder; one of them is a damaged PDF. With the seed's own documents the
 * library holds `total` documents. Written at start, never committed.
 */
export async function seedArchive(ctx: Context, total: number): Promise<void> {
  const sources = readdirSync(fixturesDir)
    .filter((name) => name.startsWith('referat-') && name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(fixturesDir, name), 'utf8'));
  const count = Math.max(0, total - DOCUMENTS.length);
  const years = new Map<number, string>();
  for (let index = 0; index < count; index += 1) {
    const year = 2025 - Math.floor(index / ARCHIVE.perYear);
    const date = archiveDate(year, index % ARCHIVE.perYear);
    let folderId = years.get(year);
    if (!folderId) {
      folderId = `folder-archive-${year}`;
      ctx.db.put('driveItems', folderId, archiveFolder(ctx, folderId, String(year)));
      years.set(year, folderId);
    }
    const format = (['txt', 'docx', 'pdf'] as const)[index % 3]!;
    const name = `referat-${date}.${format}`;
    if (`referat-${date}.pdf` === ARCHIVE.broken) {
      putFile(ctx, SEED.driveId, folderId, ARCHIVE.broken, new TextEncoder().encode('%PDF-1.7 damaged'));
      continue;
    }
    const text = redated(sources[index % sources.length]!, date);
    putFile(ctx, SEED.driveId, folderId, name, await render(text, format));
  }
}

/** The `meeting`th meeting of a year: every twelve days from early January, as ISO. */
function archiveDate(year: number, meeting: number): string {
  if (year === 2016 && meeting === 4) return ARCHIVE.searchable.date;
  if (year === 2012 && meeting === 9) return '2012-05-10';
  return new Date(Date.UTC(year, 0, 5 + meeting * 12)).toISOString().slice(0, 10);
}

function archiveFolder(ctx: Context, id: string, name: string): StoredDriveItem {
  const now = ctx.now().toISOString();
  return {
    ...{ id, driveId: SEED.driveId, parentId: 'folder-generelt', name, folder: true, blob: null },
    ...{ size: 0, mimeType: null, version: 1, createdDateTime: now, lastModifiedDateTime: now },
  };
}

/** The fixture's header dated `date` (both "d. 10-03-2022" and "10. marts 2022"); its searchable title. */
function redated(text: string, date: string): string {
  const [year, month, day] = date.split('-');
  const found = text.search(/^Punkt 1\b/m);
  const at = found < 0 ? text.length : found;
  const head = text
    .slice(0, at)
    .replace(/\d{2}-\d{2}-\d{4}/g, `${day}-${month}-${year}`)
    .replace(/\d{1,2}\. [a-zæøå]+ \d{4}/g, danishLongDate(date));
  const body = text.slice(at);
  return date === ARCHIVE.searchable.date
    ? head + body.replace(/^Punkt 1:.*$/m, `Punkt 1: CF - ${ARCHIVE.searchable.title}`)
    : head + body;
}
