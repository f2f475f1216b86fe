// Issue #21 item 10, in the simulated Teams host against the emulator: a Chefforum meeting is often held
// in a room with a screen, the secretary at the channel's tab, not inside a Teams meeting. On the
// meeting's day she (a team owner: Teams' context team.userRole Admin = 0, MicrosoftDocs/msteams-docs
// msteams-platform/tabs/how-to/access-teams-context.md) starts it there and leads it; a chief (User = 1)
// in the same channel tab is told who starts it and where, and then follows.
import type { FrameLocator } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import type { SeedUser } from '../../dev/emulator/testing/testEmulator';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import { hostPageUrl, startTeamsHost, type TeamsHost } from './support/teamsHost/teamsHost';

// The seed's dagsorden of Thursday 14 January 2027, kl. 09:00; at 09:10 its schedule has point 2.
const AT = new Date('2027-01-14T09:10:00+01:00');
const FOLLOW = { timeout: 5000 };

describeInBrowser('the meeting started from the channel tab', () => {
  const env = tabFixture();
  let host: TeamsHost | undefined;
  afterAll(() => host?.close());

  async function openInChannel(user: SeedUser, userTeamRole: number) {
    host ??= await startTeamsHost();
    // Closed by the fixture when the test ends.
    const context = await env.returningContext({
      viewport: { width: 1200, height: 800 },
      timezoneId: 'Europe/Copenhagen',
    });
    await context.clock.setFixedTime(AT);
    const page = await context.newPage();
    const hostOrigin = encodeURIComponent(new URL(host.url).origin);
    const tab = tabAddress(
      env.server.url,
      env.graph.url,
      `&hostOrigin=${hostOrigin}&progressPollMs=300`,
      user,
    );
    const channel = {
      locale: 'da-DK',
      entityId: 'chefforum-dagsorden',
      groupId: SEED.teamId,
      teamId: '19:team@thread.tacv2',
      channelId: SEED.channelId,
      loginHint: SEED.users[user].userPrincipalName,
      userTeamRole,
    };
    await page.goto(hostPageUrl(host.url, { tab, frameContext: 'content', context: channel }));
    const frame = page.frameLocator('#tab');
    const bar = frame.getByRole('region', { name: 'Mødeforløb' });
    await bar.getByText('Mødet er ikke begyndt.').waitFor({ timeout: 60_000 });
    return { frame, bar };
  }

  const meta = (bar: ReturnType<FrameLocator['getByRole']>, text: string) =>
    bar.getByText(text, { exact: true }).waitFor(FOLLOW);

  it('the secretary starts and leads it from the channel; a chief there is told who starts it, then follows', async () => {
    const chief = await openInChannel('director', 1);
    await meta(
      chief.bar,
      'Efter tidsplanen: Punkt 2 nu. Mødets organisator starter det i Teams-mødet, eller en ejer af teamet (sekretæren) her i kanalens fane. Den, der starter mødet, styrer det.',
    );
    expect(await chief.bar.getByRole('button').count()).toBe(0);

    const secretary = await openInChannel('secretary', 0);
    await meta(
      secretary.bar,
      'Efter tidsplanen: Punkt 2 nu. Starter du mødet, styrer du det, og alle med fanen åben følger med.',
    );
    await secretary.bar.getByRole('button', { name: 'Start mødet' }).click();
    await secretary.bar.getByText('Styres af Chefforums sekretær').waitFor(FOLLOW);
    await secretary.bar.getByRole('button', { name: 'Næste punkt' }).waitFor(FOLLOW);

    await chief.bar.getByText('Nu: Punkt 1: Godkendelse af dagsorden og referat').waitFor(FOLLOW);
    await chief.bar.getByText('Styres af Chefforums sekretær').waitFor(FOLLOW);
    // Once she leads, the chief may take over (her connection may drop), not start it again.
    await chief.bar.getByRole('button', { name: 'Overtag styringen' }).waitFor(FOLLOW);
    expect(await chief.bar.getByRole('button', { name: 'Start mødet' }).count()).toBe(0);
  }, 180_000);
});
