// `npm run bench`: prints the project's speed figures. Figures, not pass/fail: targets are printed beside them.
import { benchGraphUpserts } from './graphBench';
import { benchMeetingProgress } from './meetingBench';
import { benchParseThroughput, benchPdfToMeeting } from './parseBench';
import { benchReferatDocx } from './referatBench';
import { benchTab } from './tabBench';

async function main(): Promise<void> {
  await benchParseThroughput();
  await benchPdfToMeeting();
  await benchReferatDocx();
  await benchGraphUpserts();
  await benchMeetingProgress();
  await benchTab();
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
