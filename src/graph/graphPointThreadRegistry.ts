// PointThreadRegistry on a SharePoint list of the channel's site ("Chefforum tråde"), one item per point
// that has a thread: its key (`{date}#{number}`, unique and indexed) and its thread's id, made by the
// same helper as the progress and publication lists (meetingRecordList). A list of its own, not the
// decision list: every member who comments may have to record a point's thread, and the chiefs only
// read the decisions (README, "Who may write"). The list keeps the site's permissions (members Edit).
// The first to record a point wins: a second create of the same key is refused by the unique column
// (409, emulator.test.ts "answers 409 to a duplicate unique value"), and the loser reads the winner's.
import type { PointThreadRegistry } from '../domain/ports';
import { failureOf } from '../domain/failure';
import type { GraphConnection } from './createGraphClient';
import { graphMeetingRecords } from './meetingRecordList';

export const THREAD_LIST = 'Chefforum tråde';

interface PointThread {
  pointKey: string;
  threadId: string;
}

export function graphPointThreadRegistry(
  connection: GraphConnection,
  siteId: () => Promise<string>,
  listName = THREAD_LIST,
): PointThreadRegistry {
  const records = graphMeetingRecords<PointThread>(connection, siteId, listName, {
    keyColumn: 'PointKey',
    column: 'ThreadId',
    meetingDate: (thread) => thread.pointKey,
    toJson: (thread) => thread.threadId,
    fromJson: (pointKey, text) => ({ pointKey, threadId: typeof text === 'string' ? text.trim() : '' }),
  });
  const get = async (pointKey: string) => (await records.read(pointKey))?.record.threadId || null;
  return {
    get,
    async claim(pointKey, threadId) {
      try {
        return (await records.write({ pointKey, threadId }, null)).record.threadId;
      } catch (error) {
        if (!['conflict', 'precondition-failed'].includes(failureOf(error).code)) throw error;
        const theirs = await get(pointKey);
        if (!theirs) throw error;
        return theirs;
      }
    },
  };
}
