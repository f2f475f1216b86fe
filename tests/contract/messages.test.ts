// Channel threads, tabs and chat pins through the adapter, against the emulator.
import { SEED } from '../../dev/emulator/seed';
import {
  addChannelTab,
  escapeHtml,
  listChannelTabs,
  listReplies,
  pinChatMessage,
  postChannelMessage,
  postChatMessage,
  replyToChannelMessage,
} from '../../src/graph/messages';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { emulatorTarget } from './graphTarget';

describe('messages and tabs', () => {
  it('escapes what it posts, so a title with <b> and & arrives as text', async () => {
    expect(escapeHtml(`Punkt 3: <b>Budget</b> & "plan" 'x'`)).toBe(
      'Punkt 3: &lt;b&gt;Budget&lt;/b&gt; &amp; &quot;plan&quot; &#39;x&#39;',
    );
    const { connection, close } = await emulatorTarget.connect();
    try {
      const root = await postChannelMessage(
        connection,
        SEED.teamId,
        SEED.channelId,
        'Punkt 3',
        `<p>${escapeHtml('<b>Budget</b> & drift')}</p>`,
      );
      await replyToChannelMessage(
        connection,
        SEED.teamId,
        SEED.channelId,
        root.id,
        `<p>${escapeHtml('Enig <3')}</p>`,
      );
      const replies = await listReplies(connection, SEED.teamId, SEED.channelId, root.id);
      expect(root.html).toBe('<p>&lt;b&gt;Budget&lt;/b&gt; &amp; drift</p>');
      expect(replies.map((reply) => [reply.from, reply.html])).toEqual([
        ['Chefforums sekretær', '<p>Enig &lt;3</p>'],
      ]);
    } finally {
      await close();
    }
  });

  it('adds a channel tab once: a second of the same name is refused', async () => {
    const { connection, close } = await emulatorTarget.connect();
    try {
      // A website tab (graph docs concepts/teams-configuring-builtin-tabs.md); file tabs: tabPinner.test.ts.
      const tab = {
        displayName: 'Referat 8. oktober 2020',
        teamsAppId: 'com.microsoft.teamspace.tab.web',
        configuration: {
          entityId: null,
          contentUrl: 'https://www.kommune.dk',
          removeUrl: null,
          websiteUrl: 'https://www.kommune.dk',
        },
      };
      await addChannelTab(connection, SEED.teamId, SEED.channelId, tab);
      await expect(addChannelTab(connection, SEED.teamId, SEED.channelId, tab)).rejects.toMatchObject({
        code: 'bad-request',
      });
      expect(await listChannelTabs(connection, SEED.teamId, SEED.channelId)).toEqual([
        { id: expect.any(String), ...tab },
      ]);
      const message = await postChatMessage(connection, SEED.chatId, '<p>Referat</p>');
      await pinChatMessage(connection, SEED.chatId, message.id);
      await expect(pinChatMessage(connection, SEED.chatId, message.id)).rejects.toBeInstanceOf(GraphFailure);
    } finally {
      await close();
    }
  });
});
