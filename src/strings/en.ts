import type { DocumentType } from '../domain/library/archiveEntries';
import type { CalendarStrings } from '@fluentui/react-datepicker-compat';
import type { PostWords } from '../domain/discussion/PostWords';
import type { Strings } from './da';

// Fluent's date picker as a British reader writes dates; the week still starts on Monday.
const calendar: CalendarStrings = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  goToToday: 'Go to today',
  prevMonthAriaLabel: 'Previous month',
  nextMonthAriaLabel: 'Next month',
  prevYearAriaLabel: 'Previous year',
  nextYearAriaLabel: 'Next year',
  prevYearRangeAriaLabel: 'Previous years',
  nextYearRangeAriaLabel: 'Next years',
  monthPickerHeaderAriaLabel: '{0}, choose another year',
  yearPickerHeaderAriaLabel: '{0}, choose another month',
  closeButtonAriaLabel: 'Close the calendar',
  weekNumberFormatString: 'Week {0}',
  selectedDateFormatString: 'Selected date {0}',
  todayDateFormatString: "Today's date {0}",
  dayMarkedAriaLabel: 'marked',
};

/** "2025-11-05" → "05/11/2025", day first as in Britain; the text itself when it is no ISO date. */
function typedDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "2020-10-08" → "8 October 2020"; the text itself when it is no ISO date. */
function writtenDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? calendar.months[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

// The posts in English, for completeness of the table: the tab posts in the forum's language (Danish).
const posts: PostWords = {
  point: (number, title) => `Item ${number}: ${title}`,
  closedPoint: (number) => `Item ${number}: Closed`,
  meetingOn: (meetingDate) => `Chefforum ${writtenDay(meetingDate)}`,
  openPoint: 'Open the item in Chefforum',
  published: (forum, meetingDate) => `The minutes of ${forum} ${writtenDay(meetingDate)} are published:`,
  announcementSubject: (referatName) => `${referatName} is published`,
};

export const en: Strings = {
  appTitle: 'Chefforum',
  openDocumentLabel: 'Open an agenda or minutes (.pdf, .docx, .txt)',
  openDocumentHint: 'The document is read in your browser and sent nowhere.',
  reading: 'Reading the document …',
  kindDagsorden: 'Agenda',
  kindReferat: 'Minutes',
  at: 'at',
  location: 'Room',
  absent: 'Absent',
  point: 'Item',
  closed: 'Closed',
  closedWhy:
    'This item is closed: it is dealt with behind closed doors, for instance because it concerns personnel matters or negotiations, so its content is not shown here.',
  caseNumber: 'Case no.',
  presenter: 'by',
  recommendations: 'Recommendation',
  recommendedBy: (who: string) => `Recommended by: ${who}`,
  decision: 'Decision',
  attachments: 'Attachments',
  noPoints: 'The document has no items.',
  readerWarning: {
    'replaced-bytes': (count: number) =>
      count === 1
        ? '1 byte of the file was not valid UTF-8 and was replaced by "�".'
        : `${count} bytes of the file were not valid UTF-8 and were replaced by "�".`,
  },
  issuesFound: (count: number) =>
    count === 1
      ? '1 part of the document could not be placed.'
      : `${count} parts of the document could not be placed.`,
  issue: {
    'no-date': () => 'no meeting date found in the header',
    'no-points': () => 'no "Punkt N:" lines found',
    'unplaced-text': () => 'text outside any known heading; kept as an untitled section',
    'point-out-of-order': (issue) => `point ${issue.number} follows point ${issue.previous}`,
    'toc-mismatch': (issue) =>
      `the table of contents lists ${issue.listed} points but the document has ${issue.found}`,
    'repeated-meeting': () => 'another meeting (or the same one again) starts here; only the first was read',
    'closed-heading-irregular': (issue) =>
      `the line looks like the heading of a closed point ${issue.number} but is written unusually or out of order; the text after it up to the next point is hidden`,
  },
  issueInPoint: (point: number, sentence: string) => `Item ${point}: ${sentence}`,
  issueAtLine: (line: number, sentence: string) => `Line ${line}: ${sentence}`,
  loadingLibrary: 'Fetching the Chefforum documents …',
  loadingEditor: 'Opening the decision …',
  editorUnavailable: 'The decision form could not be fetched. Check the connection and try again.',
  pageUnavailable: 'This part of the Chefforum tab could not be shown. Check the connection and try again.',
  loadFailed: 'The Chefforum documents could not be fetched.',
  retry: 'Try again',
  failure: {
    unauthenticated: 'You are not signed in, or your sign-in has expired.',
    forbidden: 'You do not have the right to do that in Microsoft 365. Ask an owner of the team for help.',
    'not-found': 'It was not found in Microsoft 365. It may have been moved or deleted.',
    conflict: 'Someone else changed the same thing meanwhile.',
    'precondition-failed': 'It changed since the app fetched it. Fetch it again, then try again.',
    throttled: 'Microsoft 365 asks us to wait a moment. Try again shortly.',
    unavailable: 'Microsoft 365 is not answering right now. Try again shortly.',
    network: 'There is no connection to Microsoft 365. Check the network and try again.',
    'bad-request': 'Microsoft 365 could not take the request. Contact whoever runs the app.',
    unreadable: 'The file cannot be read. It may be damaged or in a format the app does not know.',
    'not-a-referat': 'The file is not a Chefforum agenda or minutes.',
    'too-long':
      'The text is too long: SharePoint keeps at most 63,999 characters in a text field. Shorten it and save again.',
    'closed-point': 'The item is closed, so it cannot be discussed in the channel.',
    'sign-in-needed': 'The app needs your permission to go on. Press Sign in.',
    'app-not-installed':
      'The Chefforum app is not installed in the team. Ask an owner of the team to add it.',
    unexpected: 'Something unexpected went wrong.',
  },
  unreadable: {
    empty: 'The file is empty.',
    'unsupported-format': 'The file cannot be read. It is not a .pdf, .docx or .txt file.',
    'corrupt-pdf': 'The file cannot be read. The PDF is damaged.',
    'encrypted-pdf': 'The file cannot be read. The PDF is protected by a password.',
    'corrupt-docx': 'The file cannot be read. The Word document is damaged.',
    'not-text': 'The file cannot be read. It holds no text.',
    'too-large':
      'The file cannot be read. It is too large (over 64 MB, or a Word document that unpacks to more).',
  },
  problem: {
    'not-a-referat': 'is neither an agenda nor minutes',
    empty: 'is empty (0 bytes)',
    unreadable: 'cannot be read (the file may be damaged)',
    unavailable: 'could not be fetched',
  },
  unreadableReason: {
    empty: 'cannot be read (the file is empty)',
    'unsupported-format': 'cannot be read (it is not a .pdf, .docx or .txt file)',
    'corrupt-pdf': 'cannot be read (the file may be damaged)',
    'encrypted-pdf': 'cannot be read (the PDF is password-protected)',
    'corrupt-docx': 'cannot be read (the file may be damaged)',
    'not-text': 'cannot be read (the file holds no text)',
    'too-large': 'cannot be read (the file is too large)',
  },
  problemsHeading: 'Documents that could not be shown',
  emptyLibrary: 'There are no agendas or minutes in the Chefforum folder yet.',
  missingSettings: (names: string) => `The app is missing settings: ${names}.`,
  archiveHeading: 'Archive',
  archiveDocuments: (names: readonly string[]) =>
    names.length === 1 ? `Document: ${names[0]}` : `Documents: ${names.join(', ')}`,
  documentType: { docx: 'Word', pdf: 'PDF', txt: 'text', other: 'file' } satisfies Record<
    DocumentType,
    string
  >,
  documentChanged: (day: string) => `changed ${day}`,
  searchLabel: 'Search agendas and minutes',
  searchClear: 'Clear the search',
  searchPlaceholder: 'Title, case number, decision …',
  noHits: 'No items match the search.',
  hits: (count: number) => (count === 1 ? '1 item found' : `${count} items found`),
  readingArchive: (read: number, total: number) => `Reading the archive: ${read} of ${total}`,
  searchIncomplete: (read: number, total: number) =>
    `The archive is still being read: the search covers ${read} of ${total} documents.`,
  historyIncomplete: "The archive is still being read, so the case's earlier items may be missing.",
  configDocumentsFound: (count: number) =>
    count === 1 ? '1 document found, subfolders included.' : `${count} documents found, subfolders included.`,
  currentMeeting: 'Current meeting',
  now: 'Now',
  caseHistoryHeading: 'The case across meetings',
  caseLaterHeading: 'Later',
  noDecision: 'No decision',
  openDocument: 'Open the document',
  field: { title: 'title', caseNumber: 'case number', decision: 'decision', text: 'text' },
  tryAnother: 'Choose another file',
  followUpHeading: 'Decision and follow-up',
  decisionText: 'Decision',
  decisionTextHint: "Filled in from the minutes' decision when there is one.",
  owner: 'Owner',
  ownerSuggestionsOpen: 'Show suggested owners',
  ownersChosen: 'Chosen owners',
  ownerNoSuggestions: 'No suggestions. Type a name or a role.',
  ownerAsText: (name: string) => `Use "${name}" as text`,
  ownerPerson: 'Person in the organisation',
  ownerText: 'Text',
  ownerSearchFailed: "The organisation's people cannot be searched right now. Try again shortly.",
  dateHint: 'Write the date as 05/11/2025 or 5 November 2025.',
  dateInvalid: 'The date cannot be read. Write it as 05/11/2025.',
  datePlaceholder: 'dd/mm/yyyy',
  calendar,
  chooseDate: 'Choose date',
  calendarLabel: 'Calendar',
  typedDay,
  spelledDay: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
  ownerHint: 'Who must act: type and choose a person in the organisation, or use a role as text.',
  noOwner: 'No owner',
  deadline: 'Deadline',
  status: 'Status',
  statusHelp: {
    Grøn: 'Green: on plan',
    Gul: 'Yellow: at risk of missing the plan',
    Rød: 'Red: cannot be done as planned',
    Afsluttet: 'Closed: done, no longer followed up',
  },
  outcome: 'Outcome',
  outcomeNone: 'Not given',
  outcomes: {
    godkendt: 'Approved',
    'godkendt med ændringer': 'Approved with changes',
    'ikke godkendt': 'Not approved',
    'taget til efterretning': 'Noted',
    drøftet: 'Discussed',
    udsat: 'Postponed',
  },
  minutesMode: 'Keep the minutes',
  minutesModeHint:
    'Decisions can be edited and saved. The list’s own permissions decide whether you may save.',
  save: 'Save',
  saving: 'Saving …',
  saved: 'Saved',
  notSavedYet: 'Not saved yet',
  pending: 'Waiting: will be saved again automatically',
  pendingIn: (seconds: number) => `Waiting – trying again in ${seconds} s`,
  pendingAt: (clock: string) => `Waiting – trying again at ${clock}`,
  saveFailed: 'The decision could not be saved.',
  keptInBrowser: 'What you typed is kept in this browser.',
  writeRefused:
    'You do not have the right to save decisions in the list. What you typed is kept in this browser and is not sent again by itself.',
  readOnlyList:
    'The decision list does not take changes from you, so you can only read. Ask whoever owns the list for access.',
  keptDraft: 'Your draft (not saved):',
  discardDraft: 'Discard the draft',
  saveAll: 'Save all decisions from the minutes',
  saveAllProgress: (done: number, total: number) => `${done} of ${total} decisions saved`,
  saveAllDone: (count: number) => (count === 1 ? '1 decision saved.' : `${count} decisions saved.`),
  decisionsWaiting: (count: number) =>
    count === 1
      ? '1 decision is waiting to be sent to the list. It will be sent again automatically.'
      : `${count} decisions are waiting to be sent to the list. They will be sent again automatically.`,
  allSaved: 'Every point has a saved decision.',
  decisionsUnavailable: 'The decision list cannot be read right now.',
  conflictTitle: 'Someone else changed the decision',
  conflictIntro: 'The decision changed since you opened it. Choose which version applies, or merge them.',
  offlineCopy: (when: string) =>
    `SharePoint cannot be reached right now. You are seeing the last copy fetched on ${when}; changes made since are not shown.`,
  conflictChangedBy: (who: string, when: string) => `${who} changed it ${when}.`,
  conflictChangedByUnknown: 'The list does not say who changed it.',
  conflictMine: 'Your version',
  conflictTheirs: 'The saved version',
  diffAdded: 'added:',
  diffRemoved: 'deleted:',
  conflictMarked: 'Words added since you opened the decision are underlined, deleted ones struck through.',
  conflictNoClash: 'You did not change the same words of the text: Merge takes both changes.',
  conflictClashes:
    'Both changed the same words of the text. Merge keeps both, yours first, for you to choose:',
  conflictClash: (base: string, mine: string, theirs: string) =>
    `${base ? `“${base}”` : 'The same place'}: your version “${mine}”, the saved one “${theirs}”.`,
  keepMine: 'Overwrite with mine',
  takeTheirs: 'Take the saved one',
  merge: 'Merge (recommended)',
  mergedNote: 'The versions are merged. Check them, then press Save.',
  followUpNav: 'Follow-up',
  agendaNav: 'Agenda and archive',
  followUpTitle: 'Following up decisions',
  filterOwner: 'Owner',
  filterAllOwners: 'All',
  filterStatus: 'Status',
  filterOpen: 'All open',
  filterDueBy: 'Due by',
  overdue: 'Overdue',
  noDeadline: 'No deadline',
  noFollowUps: 'No decisions match.',
  noFollowUpsYet: 'There are no decisions to follow up yet.',
  followUpNotShown: (count: number) =>
    `${count} ${count === 1 ? 'decision is' : 'decisions are'} not shown: they asked nothing after the meeting (agenda approved, noted, discussed, nothing under any other business), or they are over a year old and still green. Choose a status to see them.`,
  followUpCount: (count: number) => (count === 1 ? '1 decision' : `${count} decisions`),
  meetingColumn: 'Meeting and point',
  dueAtMeetingHeading: 'Follow-up for this meeting',
  dueAtMeetingIntro: 'Decisions of earlier meetings due by the meeting day:',
  discussionHeading: 'Discussion',
  commentLabel: 'Your comment',
  commentButton: 'Comment',
  commenting: 'Sending …',
  commentCount: (count: number) =>
    count === 0 ? 'No comments yet.' : count === 1 ? '1 comment' : `${count} comments`,
  latestComments: 'Latest comments',
  openThread: 'Open the thread in Teams',
  commentsUnavailable: 'The comments cannot be read right now.',
  missingPermission: (permission: string) =>
    `The tab lacks the permission ${permission}. A Microsoft 365 administrator must grant consent to it for the Chefforum app (Microsoft Entra → Enterprise applications → Chefforum → Permissions).`,
  commentFailed: 'The comment could not be sent.',
  commentKept: 'It is still in the box.',
  copyLink: 'Copy link to point',
  linkCopied: 'The link is copied.',
  linkNotCopied: (link: string) => `The link could not be copied. Copy it here: ${link}`,
  pinReferat: 'Pin the minutes to the channel',
  pinReferatChat: 'Pin the minutes to the chat',
  pinned: (name: string) => `The minutes are pinned as “${name}”.`,
  alreadyPinned: (name: string) => `The minutes are already pinned as “${name}”.`,
  pinFailed: 'The minutes could not be pinned.',
  signIn: 'Sign in',
  popupBlocked: 'The sign-in window was blocked. Allow pop-ups for the page, then press Sign in again.',
  progress: {
    heading: 'Meeting progress',
    notStarted: 'The meeting has not started.',
    youStart: 'If you start the meeting, you lead it, and everyone with the tab open follows.',
    whoStarts:
      "The meeting's organizer starts it in the Teams meeting, or an owner of the team (the secretary) here in the channel's tab. Whoever starts the meeting leads it.",
    scheduled: (number: number) => `By the schedule: item ${number} now.`,
    current: (number: number, title: string) => `Now: Item ${number}: ${title}`,
    ended: 'The meeting has ended.',
    onTime: 'On time',
    behind: (minutes: number) => `${minutes} min. behind`,
    projectedEnd: (time: string) => `expected to end ${time}`,
    ledBy: (name: string) => `Led by ${name}`,
    start: 'Start the meeting',
    next: 'Next item',
    end: 'End the meeting',
    takeOver: 'Take over',
    readFailed: 'The meeting progress could not be read. The last known item is shown; retrying.',
    writeFailed: 'The meeting could not be moved on. Try again.',
  },
  configTitle: 'Set up the Chefforum tab',
  configIntro:
    "The tab shows agendas and minutes from the channel's files and keeps decisions in a SharePoint list.",
  configFolder: 'Folder with agendas and minutes',
  configFolderHint: 'Empty: the channel\'s own files folder. Else a subfolder of it, e.g. "Referater".',
  configFolderMissing: (name: string) => `There is no folder "${name}" in the channel's files.`,
  configChannelFolder: (name: string) => `The channel's files folder: ${name}`,
  configList: 'Name of the decision list',
  configListHint: "The list is created on the team's SharePoint site when the first decision is saved.",
  configListInvalid: 'The list name must not be empty or contain the characters \\ / : * ? " < > | # %.',
  configChecking: 'Checking the folder …',
  configReady: 'Ready. Press Save in Teams.',
  configNoTeam: "The tab can only be added to the Chefforum team's channels, meetings and chats.",
  tabName: 'Chefforum',
  removeTitle: 'Remove the Chefforum tab',
  removeText: 'The tab is removed. Documents, decisions and comments stay where they are.',
  // Issue 12: writing, publishing and approving the referat (src/ui/features/referat).
  referatWrite: 'Write the minutes',
  referatNotBeforeDay: (day: string) =>
    `The minutes can be written and published from the day of the meeting, ${day}: minutes record a meeting that has been held.`,
  referatPlanning: 'Preparing the minutes …',
  referatFile: (name: string) =>
    `The minutes are saved as “${name}” in the channel's folder, beside the agenda.`,
  referatUndecided: (points: readonly number[]) =>
    `${points.length === 1 ? 'Item' : 'Items'} ${points.join(', ')} ${points.length === 1 ? 'has' : 'have'} no decision yet and will be written without one.`,
  referatAllDecided: 'Every open item has a decision.',
  referatExisting: (name: string) =>
    `The meeting already has minutes, “${name}”. They are replaced only if you choose to.`,
  referatSave: 'Save the minutes',
  referatReplace: 'Replace the minutes',
  referatPublish: 'Publish the minutes',
  referatReplaceAndPublish: 'Replace and publish',
  referatClose: 'Close',
  referatWorking: 'Working …',
  referatSaved: (name: string) => `The minutes are saved as “${name}”.`,
  referatReplaced: (name: string) => `The minutes “${name}” are replaced.`,
  referatUnchanged: (name: string) => `The minutes “${name}” are already saved as they are.`,
  referatChanged:
    'Someone changed the minutes since you opened them. Nothing was overwritten. Read them again before you choose.',
  referatReload: 'Read again',
  referatPublished: (name: string, when: string, by: string) =>
    `The minutes “${name}” were published ${when} by ${by}: pinned in the channel and announced.`,
  referatAlreadyPublished: (name: string, when: string, by: string) =>
    `The minutes “${name}” were already published ${when} by ${by}. Nothing was pinned or announced twice.`,
  referatPublishedOn: (name: string, when: string, by: string) =>
    `The minutes “${name}” were published ${when} by ${by}. Open them; they are replaced only if you choose to.`,
  referatOpenFile: 'Open the minutes in Word',
  referatBeingPublished: (by: string) =>
    `${by} is publishing the minutes right now. You pinned and announced nothing; try again in a moment to see the result.`,
  referatLookAlikes: (tabs: readonly string[], posts: number, ours: string | null) => {
    const named = [
      ...(tabs.length > 0
        ? [`${tabs.length === 1 ? 'the tab' : 'the tabs'} ${tabs.map((tab) => `“${tab}”`).join(' and ')}`]
        : []),
      ...(posts > 0 ? [`${posts === 1 ? 'a post' : `${posts} posts`} with the announcement’s subject`] : []),
    ];
    const what = named.join(' and ');
    const where = ours ? `; the minutes are pinned as “${ours}”` : '';
    return `${what.charAt(0).toUpperCase()}${what.slice(1)}: not the app’s, left alone${where}.`;
  },
  referatFailed: 'The minutes could not be saved or published. Try again: nothing is saved or sent twice.',
  referatRefused:
    "You do not have the right to save the minutes in the channel's folder, so nothing was saved or sent. Ask the secretary to write and publish them.",
  referatApproved: (date: string, by: string) => `Approved ${date} by ${by}`,
  referatNotApproved: 'Not approved',
  referatApprovedShort: 'approved',
  referatNotApprovedShort: 'not approved',
  posts,
};
