// The meeting itself, in the simulated Teams host against the emulator: the secretary (the meeting's
// organizer, from the meeting chat's onlineMeetingInfo.organizer: graph api-reference/v1.0/api/
// chat-get.md, resources/chat.md) moves the meeting on from the side panel; two participants' side
// panels follow, scrolled to and highlighting the point, with how late it runs by a scripted clock;
// a reload lands on the current point; the secretary drops out and a participant takes over; the
// meeting stage (msteams-docs apps-in-teams-meetings/build-apps-for-teams-meeting-stage.md) and a
// browser outside the meeting show the same point. A tab learns only the meeting's id from its context
// (teams-js app.Context.meeting: { id }); msteams-docs apps-in-teams-meetings/meeting-apps-apis.md
// offers a participant's role to bots only, so the organizer comes from Graph.
import type { BrowserContext, FrameLocator } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import type { SeedUser } from '../../dev/emulator/testing/testEmulator';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import {
  type FrameContext,
  hostPageUrl,
  type LegacyContext,
  startTeamsHost,
  type TeamsHost,
} from './support/teamsHost/teamsHost';

// The seed's dagsorden of Thursday 14 January 2027, kl. 09:00: point 1 (no timeslot), 2 (9.05-9.35),
// 3 closed, 4 (9:50-10:20), 5 Evt.
const at = (time: string) => new Date(`2027-01-14T${time}:00+01:00`);
// The panels read the progress every 300 ms here instead of every 3 s (a development-build setting).
const FAST_POLL = '&progressPollMs=300';
const FOLLOW = { timeout: 5000 }; // the "within 5 s"

/** Where the tab is: the host's iframe, or the page itself outside Teams. */
type Surface = Pick<FrameLocator, 'getByRole' | 'getByText' | 'locator'>;

describeInBrowser('the meeting itself: everyone on the same point', () => {
  const env = tabFixture();
  let host: TeamsHost;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    host = await startTeamsHost();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await host?.close();
  });

  /** The tab as `user` sees it in the meeting (side panel or stage), or in a plain browser outside it. */
  async function open(user: SeedUser, where: FrameContext | 'browser', time: Date) {
    const context = await env.browser.newContext({
      viewport: { width: 1000, height: 700 },
      reducedMotion: 'reduce',
      timezoneId: 'Europe/Copenhagen',
      storageState: await env.returningState(), // each has opened the tab before (tabFixture.ts)
    });
    contexts.push(context);
    await context.clock.setFixedTime(time);
    const page = await context.newPage();
    const hostOrigin = encodeURIComponent(new URL(host.url).origin);
    const tab = tabAddress(env.server.url, env.graph.url, `&hostOrigin=${hostOrigin}${FAST_POLL}`, user);
    if (where === 'browser') {
      await page.goto(`${tab}&lang=da`); // no Teams locale here: the browser's would be English
      return { page, tab: page as Surface, context };
    }
    // A meeting's context names its chat and meeting, and no team or channel (the build's stand in).
    const meeting: LegacyContext = {
      locale: 'da-DK',
      theme: 'default',
      entityId: 'chefforum-dagsorden',
      chatId: SEED.chatId,
      meetingId: 'meeting-1',
      loginHint: SEED.users[user].userPrincipalName,
      userObjectId: SEED.users[user].id,
      tid: 'kommune-tenant',
    };
    const width = where === 'sidePanel' ? 320 : undefined; // the stage is the meeting's whole window
    await page.goto(hostPageUrl(host.url, { tab, frameContext: where, context: meeting, width }));
    return { page, tab: page.frameLocator('#tab') as Surface, context };
  }

  const bar = (tab: Surface) => tab.getByRole('region', { name: 'Mødeforløb' });
  const showsPoint = (tab: Surface, text: string) => bar(tab).getByText(text).waitFor(FOLLOW);
  /** The point's own heading carries the "Nu" badge, and the panel has scrolled it into view. */
  async function highlighted(tab: Surface, number: number) {
    await tab.locator(`#punkt-${number}`).getByText('Nu', { exact: true }).waitFor(FOLLOW);
    const inView = await tab.locator(`#punkt-${number}`).evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  }

  it('follows the secretary within 5 s, shows how late it runs, survives a reload and a take-over', async () => {
    const secretary = await open('secretary', 'sidePanel', at('09:00'));
    const director = await open('director', 'sidePanel', at('09:00'));
    const finance = await open('finance', 'sidePanel', at('09:00'));
    for (const each of [secretary, director, finance])
      await bar(each.tab).getByText('Mødet er ikke begyndt.').waitFor({ timeout: 60_000 });
    // Only the organizer moves the meeting on; before it starts nobody else has anything to take over.
    await secretary.tab.getByRole('button', { name: 'Start mødet' }).waitFor(FOLLOW);
    for (const each of [director, finance]) expect(await bar(each.tab).getByRole('button').count()).toBe(0);

    await secretary.tab.getByRole('button', { name: 'Start mødet' }).click();
    for (const each of [director, finance]) {
      await showsPoint(each.tab, 'Nu: Punkt 1: Godkendelse af dagsorden og referat');
      await bar(each.tab).getByRole('status').getByText('Til tiden · forventet slut 10:20').waitFor(FOLLOW);
    }

    // Point 1 (planned 09:00-09:05) runs until 09:17: point 2, planned 9.05-9.35, now ends 09:47.
    for (const each of [secretary, director, finance]) await each.context.clock.setFixedTime(at('09:17'));
    await secretary.tab.getByRole('button', { name: 'Næste punkt' }).click();
    for (const each of [director, finance]) {
      await showsPoint(each.tab, 'Nu: Punkt 2: Budgetopfølgning 2027');
      await bar(each.tab)
        .getByRole('status')
        .getByText('12 min. bagud · forventet slut 10:32')
        .waitFor(FOLLOW);
      await highlighted(each.tab, 2);
    }

    // A participant who reloads lands on the current point.
    await director.page.reload();
    await showsPoint(director.tab, 'Nu: Punkt 2: Budgetopfølgning 2027');
    await highlighted(director.tab, 2);
    expect(await director.tab.getByRole('status').filter({ hasText: 'bagud' }).textContent()).toBe(
      '12 min. bagud · forventet slut 10:32',
    );

    // The secretary's connection drops: the point stays, and the director takes over.
    await secretary.context.close();
    await director.tab.getByRole('button', { name: 'Overtag styringen' }).click();
    await bar(director.tab).getByText('Styres af Kommunaldirektøren').waitFor(FOLLOW);
    await showsPoint(director.tab, 'Nu: Punkt 2: Budgetopfølgning 2027');
    for (const each of [director, finance]) await each.context.clock.setFixedTime(at('09:40'));
    await director.tab.getByRole('button', { name: 'Næste punkt' }).click();
    await showsPoint(finance.tab, 'Nu: Punkt 3: Lukket');
    await bar(finance.tab).getByText('Styres af Kommunaldirektøren').waitFor(FOLLOW);

    // The meeting stage, and someone outside the meeting in a plain browser, see the same point.
    const stage = await open('schools', 'meetingStage', at('09:41'));
    await bar(stage.tab).waitFor({ timeout: 60_000 }); // opening the tab reads the whole library first
    await showsPoint(stage.tab, 'Nu: Punkt 3: Lukket');
    expect(await stage.tab.locator('article[data-layout="wide"]').count()).toBe(1);
    const outside = await open('schools', 'browser', at('09:41'));
    await bar(outside.tab).waitFor({ timeout: 60_000 });
    await showsPoint(outside.tab, 'Nu: Punkt 3: Lukket');
    // Point 3 (planned 09:35-09:50) started 09:40: at 09:41 it is expected to end 09:55.
    await bar(outside.tab).getByText('5 min. bagud · forventet slut 10:25').waitFor(FOLLOW);
  }, 180_000);
});
