// Danish, the app's first language. `en.ts` must have every key (the type makes a missing one a compile error).
import type { DocumentType } from '../domain/library/archiveEntries';
import type { CalendarStrings } from '@fluentui/react-datepicker-compat';
import { numericDay } from '../domain/danishDay';
import { DANISH_MONTHS, danishLongDate } from '../domain/danishDate';
import { DANISH_WEEKDAYS, danishWeekdayDate } from '../domain/danishWeekdayDate';
import type { PostWords } from '../domain/discussion/PostWords';
import type { FailureCode, UnreadableReason } from '../domain/failure';
import type { ParseIssueCode, ParseIssueOf } from '../domain/meeting';
import type { ReaderWarning } from '../domain/readerWarning';

// Fluent's date picker in Danish: its defaults are English and the week would start on Sunday.
const calendar: CalendarStrings = {
  months: [...DANISH_MONTHS],
  shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  days: [...DANISH_WEEKDAYS],
  shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
  goToToday: 'Gå til i dag',
  prevMonthAriaLabel: 'Forrige måned',
  nextMonthAriaLabel: 'Næste måned',
  prevYearAriaLabel: 'Forrige år',
  nextYearAriaLabel: 'Næste år',
  prevYearRangeAriaLabel: 'Forrige årrække',
  nextYearRangeAriaLabel: 'Næste årrække',
  monthPickerHeaderAriaLabel: '{0}, vælg et andet år',
  yearPickerHeaderAriaLabel: '{0}, vælg en anden måned',
  closeButtonAriaLabel: 'Luk kalenderen',
  weekNumberFormatString: 'Uge {0}',
  selectedDateFormatString: 'Valgt dato {0}',
  todayDateFormatString: 'Dags dato {0}',
  dayMarkedAriaLabel: 'markeret',
};

/** A sentence for each kind of parse issue, from the details the issue carries. */
export type IssueSentences = { [C in ParseIssueCode]: (issue: ParseIssueOf<C>) => string };

const issueSentences: IssueSentences = {
  'no-date': () => 'ingen mødedato fundet i dokumentets hoved',
  'no-points': () => 'ingen linjer af formen "Punkt N:" fundet',
  'unplaced-text': () => 'tekst uden for en kendt overskrift; vist som afsnit uden overskrift',
  'point-out-of-order': (issue) => `punkt ${issue.number} kommer efter punkt ${issue.previous}`,
  'toc-mismatch': (issue) =>
    `indholdsfortegnelsen nævner ${issue.listed} punkter, men dokumentet har ${issue.found}`,
  'repeated-meeting': () => 'her begynder et møde mere (eller det samme møde igen); kun det første er læst',
  'closed-heading-irregular': (issue) =>
    `linjen ligner overskriften på et lukket punkt ${issue.number}, men er skrevet usædvanligt eller står uden for rækkefølgen; teksten efter den til næste punkt er skjult`,
};

// What the tab posts in Teams: a point's root post ("Punkt 4: Budget 2021", "Chefforum 8. oktober 2020",
// a link "Åbn punktet i Chefforum") and the referat's announcement ("Referat Chefforum 10-03-2022 er udgivet").
const posts: PostWords = {
  point: (number, title) => `Punkt ${number}: ${title}`,
  closedPoint: (number) => `Punkt ${number}: Lukket`,
  meetingOn: (meetingDate) => `Chefforum ${danishLongDate(meetingDate)}`,
  openPoint: 'Åbn punktet i Chefforum',
  published: (forum, meetingDate) =>
    `Referatet af ${forum} ${danishWeekdayDate(meetingDate) ?? meetingDate} er udgivet:`,
  announcementSubject: (referatName) => `${referatName} er udgivet`,
};

export const da = {
  appTitle: 'Chefforum',
  openDocumentLabel: 'Åbn en dagsorden eller et referat (.pdf, .docx, .txt)',
  openDocumentHint: 'Dokumentet læses i browseren og sendes ingen steder hen.',
  reading: 'Læser dokumentet …',
  kindDagsorden: 'Dagsorden',
  kindReferat: 'Referat',
  at: 'kl.',
  location: 'Mødested',
  absent: 'Deltog ikke',
  point: 'Punkt',
  closed: 'Lukket',
  closedWhy:
    'Punktet er lukket: det behandles for lukkede døre, fx fordi det handler om personsager eller forhandlinger, og dets indhold vises derfor ikke her.',
  caseNumber: 'Sagsnr.',
  presenter: 'v.',
  recommendations: 'Indstilling',
  recommendedBy: (who: string) => `${who} indstiller`,
  decision: 'Beslutning',
  attachments: 'Bilag',
  noPoints: 'Dokumentet har ingen punkter.',
  issuesFound: (count: number) =>
    count === 1
      ? '1 del af dokumentet kunne ikke placeres.'
      : `${count} dele af dokumentet kunne ikke placeres.`,
  /** What the parser could not place, said after where it was ("Punkt 4: …", "Linje 12: …"). */
  issue: issueSentences,
  issueInPoint: (point: number, sentence: string) => `Punkt ${point}: ${sentence}`,
  /** What a document reader said of the text it read (domain/readerWarning), one sentence each. */
  readerWarning: {
    'replaced-bytes': (count: number) =>
      count === 1
        ? '1 byte i filen var ikke gyldig UTF-8 og er erstattet af »�«.'
        : `${count} byte i filen var ikke gyldig UTF-8 og er erstattet af »�«.`,
  } satisfies Record<ReaderWarning['code'], (count: number) => string>,
  issueAtLine: (line: number, sentence: string) => `Linje ${line}: ${sentence}`,
  loadingLibrary: 'Henter Chefforums dokumenter …',
  loadingEditor: 'Åbner beslutningen …',
  editorUnavailable: 'Beslutningsfeltet kunne ikke hentes. Tjek forbindelsen, og prøv igen.',
  pageUnavailable: 'Denne del af Chefforum-fanen kunne ikke vises. Tjek forbindelsen, og prøv igen.',
  loadFailed: 'Chefforums dokumenter kunne ikke hentes.',
  retry: 'Prøv igen',
  /** Why something failed: one sentence per failure code (domain/failure), whatever was being done. */
  failure: {
    unauthenticated: 'Du er ikke logget ind, eller dit login er udløbet.',
    forbidden: 'Du har ikke rettighed til det i Microsoft 365. Bed en ejer af teamet om hjælp.',
    'not-found': 'Det blev ikke fundet i Microsoft 365. Det kan være flyttet eller slettet.',
    conflict: 'En anden har ændret det samme imens.',
    'precondition-failed': 'Det er ændret, siden appen hentede det. Hent det igen, og prøv igen.',
    throttled: 'Microsoft 365 beder os vente et øjeblik. Prøv igen om lidt.',
    unavailable: 'Microsoft 365 svarer ikke lige nu. Prøv igen om lidt.',
    network: 'Der er ingen forbindelse til Microsoft 365. Tjek netværket, og prøv igen.',
    'bad-request': 'Microsoft 365 kunne ikke tage imod forespørgslen. Kontakt den, der driver appen.',
    unreadable: 'Filen kan ikke læses. Den kan være beskadiget eller i et format, appen ikke kender.',
    'not-a-referat': 'Filen er hverken en dagsorden eller et referat fra Chefforum.',
    'too-long':
      'Teksten er for lang: SharePoint gemmer højst 63.999 tegn i et tekstfelt. Forkort den, og gem igen.',
    'closed-point': 'Punktet er lukket, så det kan ikke drøftes i kanalen.',
    'sign-in-needed': 'Appen skal bruge din tilladelse for at fortsætte. Tryk Log ind.',
    'app-not-installed':
      'Chefforum-appen er ikke installeret i teamet. Bed en ejer af teamet om at tilføje appen.',
    unexpected: 'Noget uventet gik galt.',
  } satisfies Record<FailureCode, string>,
  /** Why a file cannot be read, more precisely than failure.unreadable. */
  unreadable: {
    empty: 'Filen er tom.',
    'unsupported-format': 'Filen kan ikke læses. Den er hverken en .pdf-, .docx- eller .txt-fil.',
    'corrupt-pdf': 'Filen kan ikke læses. PDF-filen er beskadiget.',
    'encrypted-pdf': 'Filen kan ikke læses. PDF-filen er beskyttet med en adgangskode.',
    'corrupt-docx': 'Filen kan ikke læses. Word-dokumentet er beskadiget.',
    'not-text': 'Filen kan ikke læses. Den indeholder ikke tekst.',
    'too-large':
      'Filen kan ikke læses. Den er for stor (over 64 MB, eller et Word-dokument der fylder mere udpakket).',
  } satisfies Record<UnreadableReason, string>,
  problem: {
    'not-a-referat': 'er hverken en dagsorden eller et referat',
    unreadable: 'kan ikke læses (filen kan være beskadiget)',
    empty: 'er tom (0 byte)',
    unavailable: 'kunne ikke hentes',
  },
  unreadableReason: {
    empty: 'kan ikke læses (filen er tom)',
    'unsupported-format': 'kan ikke læses (den er hverken .pdf, .docx eller .txt)',
    'corrupt-pdf': 'kan ikke læses (filen kan være beskadiget)',
    'encrypted-pdf': 'kan ikke læses (PDF-filen er beskyttet med adgangskode)',
    'corrupt-docx': 'kan ikke læses (filen kan være beskadiget)',
    'not-text': 'kan ikke læses (filen indeholder ikke tekst)',
    'too-large': 'kan ikke læses (filen er for stor)',
  },
  problemsHeading: 'Dokumenter der ikke kunne vises',
  emptyLibrary: 'Der er endnu ingen dagsordener eller referater i Chefforums mappe.',
  missingSettings: (names: string) => `Appen mangler indstillinger: ${names}.`,
  archiveHeading: 'Arkiv',
  archiveDocuments: (names: readonly string[]) =>
    names.length === 1 ? `Dokument: ${names[0]}` : `Dokumenter: ${names.join(', ')}`,
  documentType: { docx: 'Word', pdf: 'PDF', txt: 'tekst', other: 'fil' } satisfies Record<
    DocumentType,
    string
  >,
  documentChanged: (day: string) => `ændret ${day}`,
  searchLabel: 'Søg i dagsordener og referater',
  searchClear: 'Ryd søgningen',
  searchPlaceholder: 'Titel, sagsnummer, beslutning …',
  noHits: 'Ingen punkter matcher søgningen.',
  hits: (count: number) => (count === 1 ? '1 punkt fundet' : `${count} punkter fundet`),
  readingArchive: (read: number, total: number) => `Læser arkivet: ${read} af ${total}`,
  searchIncomplete: (read: number, total: number) =>
    `Arkivet læses stadig: søgningen omfatter ${read} af ${total} dokumenter.`,
  historyIncomplete: 'Arkivet læses stadig, så sagens tidligere punkter kan mangle.',
  configDocumentsFound: (count: number) =>
    count === 1
      ? '1 dokument fundet, undermapper medregnet.'
      : `${count} dokumenter fundet, undermapper medregnet.`,
  currentMeeting: 'Aktuelt møde',
  now: 'Nu',
  caseHistoryHeading: 'Sagens forløb',
  caseLaterHeading: 'Senere behandlet',
  noDecision: 'Ingen beslutning',
  openDocument: 'Åbn dokumentet',
  field: { title: 'titel', caseNumber: 'sagsnummer', decision: 'beslutning', text: 'tekst' },
  tryAnother: 'Vælg en anden fil',
  followUpHeading: 'Beslutning og opfølgning',
  decisionText: 'Beslutning',
  decisionTextHint: 'Udfyldt fra referatets beslutning, når der er en.',
  owner: 'Ansvarlig',
  ownerSuggestionsOpen: 'Vis forslag til ansvarlige',
  ownersChosen: 'Valgte ansvarlige',
  ownerNoSuggestions: 'Ingen forslag. Skriv et navn eller en rolle.',
  ownerAsText: (name: string) => `Brug "${name}" som tekst`,
  ownerPerson: 'Person i organisationen',
  ownerText: 'Tekst',
  ownerSearchFailed: 'Organisationens personer kan ikke søges lige nu. Prøv igen om lidt.',
  dateHint: 'Skriv datoen som 05.11.2025 eller 5. november 2025.',
  dateInvalid: 'Datoen kan ikke læses. Skriv den som 05.11.2025.',
  datePlaceholder: 'dd.mm.åååå',
  calendar,
  chooseDate: 'Vælg dato',
  calendarLabel: 'Kalender',
  /** A day as typed in a date field: "05.11.2025". */
  typedDay: numericDay,
  /** A day in the calendar's labels: "5. november 2025". */
  spelledDay: (day: number, month: string, year: number) => `${day}. ${month} ${year}`,
  ownerHint: 'Den der skal handle: skriv og vælg en person i organisationen, eller brug en rolle som tekst.',
  noOwner: 'Ingen ansvarlig',
  deadline: 'Frist',
  status: 'Status',
  statusHelp: {
    Grøn: 'Grøn: følger planen',
    Gul: 'Gul: i risiko for ikke at nå planen',
    Rød: 'Rød: kan ikke gennemføres som planlagt',
    Afsluttet: 'Afsluttet: gennemført, følges ikke længere op',
  },
  outcome: 'Udfald',
  outcomeNone: 'Ikke angivet',
  outcomes: {
    godkendt: 'Godkendt',
    'godkendt med ændringer': 'Godkendt med ændringer',
    'ikke godkendt': 'Ikke godkendt',
    'taget til efterretning': 'Taget til efterretning',
    drøftet: 'Drøftet',
    udsat: 'Udsat',
  },
  minutesMode: 'Skriv referat',
  minutesModeHint: 'Beslutningerne kan redigeres og gemmes. Listens egne rettigheder afgør, om du må gemme.',
  save: 'Gem',
  saving: 'Gemmer …',
  saved: 'Gemt',
  notSavedYet: 'Ikke gemt endnu',
  pending: 'Afventer: gemmes igen automatisk',
  pendingIn: (seconds: number) => `Afventer – prøver igen om ${seconds} sek.`,
  pendingAt: (clock: string) => `Afventer – prøver igen kl. ${clock}`,
  saveFailed: 'Beslutningen kunne ikke gemmes.',
  keptInBrowser: 'Det du skrev, er gemt her i browseren.',
  writeRefused:
    'Du har ikke ret til at gemme beslutninger i listen. Det du skrev, er gemt her i browseren og sendes ikke igen af sig selv.',
  readOnlyList:
    'Beslutningslisten tager ikke imod ændringer fra dig, så du kan kun læse. Bed den, der ejer listen, om adgang.',
  keptDraft: 'Din kladde (ikke gemt):',
  discardDraft: 'Kassér kladden',
  saveAll: 'Gem alle beslutninger fra referatet',
  saveAllProgress: (done: number, total: number) => `${done} af ${total} beslutninger gemt`,
  saveAllDone: (count: number) => (count === 1 ? '1 beslutning gemt.' : `${count} beslutninger gemt.`),
  decisionsWaiting: (count: number) =>
    count === 1
      ? '1 beslutning venter på at blive sendt til listen. Den sendes igen automatisk.'
      : `${count} beslutninger venter på at blive sendt til listen. De sendes igen automatisk.`,
  allSaved: 'Alle punkter har en gemt beslutning.',
  decisionsUnavailable: 'Beslutningslisten kan ikke hentes lige nu.',
  conflictTitle: 'En anden har ændret beslutningen',
  conflictIntro:
    'Beslutningen er ændret, siden du åbnede den. Vælg hvilken version der skal gælde, eller flet dem.',
  conflictChangedBy: (who: string, when: string) => `${who} ændrede den ${when}.`,
  offlineCopy: (when: string) =>
    `SharePoint kan ikke nås lige nu. Du ser den senest hentede kopi fra den ${when}; hvad der er ændret siden, vises ikke.`,
  conflictChangedByUnknown: 'Det fremgår ikke af listen, hvem der ændrede den.',
  conflictMine: 'Din version',
  conflictTheirs: 'Den gemte version',
  diffAdded: 'tilføjet:',
  diffRemoved: 'slettet:',
  conflictMarked: 'Ord tilføjet siden du åbnede beslutningen er understreget, slettede er overstreget.',
  conflictNoClash: 'I teksten har I ikke ændret de samme ord: «Flet» tager begge ændringer med.',
  conflictClashes:
    'Begge har ændret de samme ord i teksten. «Flet» tager begge med, din først, så du kan vælge:',
  conflictClash: (base: string, mine: string, theirs: string) =>
    `${base ? `«${base}»` : 'Samme sted'}: din version «${mine}», den gemte «${theirs}».`,
  keepMine: 'Overskriv med min',
  takeTheirs: 'Tag den gemte',
  merge: 'Flet (anbefalet)',
  mergedNote: 'Versionerne er flettet. Se dem igennem, og tryk Gem.',
  followUpNav: 'Opfølgning',
  agendaNav: 'Dagsorden og arkiv',
  followUpTitle: 'Opfølgning på beslutninger',
  filterOwner: 'Ansvarlig',
  filterAllOwners: 'Alle',
  filterStatus: 'Status',
  filterOpen: 'Alle åbne',
  filterDueBy: 'Forfalder senest',
  overdue: 'Overskredet',
  noDeadline: 'Ingen frist',
  noFollowUps: 'Ingen beslutninger matcher.',
  noFollowUpsYet: 'Der er ingen beslutninger at følge op på endnu.',
  followUpNotShown: (count: number) =>
    `${count} ${count === 1 ? 'beslutning' : 'beslutninger'} vises ikke: de krævede intet efter mødet (godkendt dagsorden, taget til efterretning, drøftet, intet under eventuelt), eller de er over et år gamle og stadig grønne. Vælg en status for at se dem.`,
  followUpCount: (count: number) => (count === 1 ? '1 beslutning' : `${count} beslutninger`),
  meetingColumn: 'Møde og punkt',
  dueAtMeetingHeading: 'Opfølgning til dette møde',
  dueAtMeetingIntro: 'Beslutninger fra tidligere møder med frist senest på mødedagen:',
  discussionHeading: 'Drøftelse',
  commentLabel: 'Din kommentar',
  commentButton: 'Kommentér',
  commenting: 'Sender …',
  commentCount: (count: number) =>
    count === 0 ? 'Ingen kommentarer endnu.' : count === 1 ? '1 kommentar' : `${count} kommentarer`,
  latestComments: 'Seneste kommentarer',
  openThread: 'Åbn tråden i Teams',
  commentsUnavailable: 'Kommentarerne kan ikke hentes lige nu.',
  missingPermission: (permission: string) =>
    `Tabben mangler tilladelsen ${permission}. En administrator i Microsoft 365 skal give samtykke til den for Chefforum-appen (Microsoft Entra → Virksomhedsprogrammer → Chefforum → Tilladelser).`,
  commentFailed: 'Kommentaren kunne ikke sendes.',
  commentKept: 'Den står stadig i feltet.',
  copyLink: 'Kopiér link til punkt',
  linkCopied: 'Linket er kopieret.',
  linkNotCopied: (link: string) => `Linket kunne ikke kopieres. Kopiér det her: ${link}`,
  pinReferat: 'Fastgør referat i kanalen',
  pinReferatChat: 'Fastgør referat i chatten',
  pinned: (name: string) => `Referatet er fastgjort som «${name}».`,
  alreadyPinned: (name: string) => `Referatet er allerede fastgjort som «${name}».`,
  pinFailed: 'Referatet kunne ikke fastgøres.',
  signIn: 'Log ind',
  popupBlocked: 'Log ind-vinduet blev blokeret. Tillad pop op-vinduer for siden, og tryk Log ind igen.',
  progress: {
    heading: 'Mødeforløb',
    notStarted: 'Mødet er ikke begyndt.',
    youStart: 'Starter du mødet, styrer du det, og alle med fanen åben følger med.',
    whoStarts:
      'Mødets organisator starter det i Teams-mødet, eller en ejer af teamet (sekretæren) her i kanalens fane. Den, der starter mødet, styrer det.',
    scheduled: (number: number) => `Efter tidsplanen: Punkt ${number} nu.`,
    current: (number: number, title: string) => `Nu: Punkt ${number}: ${title}`,
    ended: 'Mødet er slut.',
    onTime: 'Til tiden',
    behind: (minutes: number) => `${minutes} min. bagud`,
    projectedEnd: (time: string) => `forventet slut ${time}`,
    ledBy: (name: string) => `Styres af ${name}`,
    start: 'Start mødet',
    next: 'Næste punkt',
    end: 'Afslut mødet',
    takeOver: 'Overtag styringen',
    readFailed: 'Mødeforløbet kunne ikke hentes. Det sidst kendte punkt vises; der prøves igen.',
    writeFailed: 'Mødet kunne ikke flyttes videre. Prøv igen.',
  },
  configTitle: 'Opsæt Chefforum-fanen',
  configIntro:
    'Fanen viser dagsordener og referater fra kanalens filer og gemmer beslutninger i en SharePoint-liste.',
  configFolder: 'Mappe med dagsordener og referater',
  configFolderHint: 'Tom: kanalens egen filmappe. Ellers en undermappe af den, fx "Referater".',
  configFolderMissing: (name: string) => `Mappen "${name}" findes ikke i kanalens filer.`,
  configChannelFolder: (name: string) => `Kanalens filmappe: ${name}`,
  configList: 'Navn på beslutningslisten',
  configListHint: 'Listen oprettes på teamets SharePoint-websted, når den første beslutning gemmes.',
  configListInvalid: 'Listens navn må ikke være tomt eller indeholde tegnene \\ / : * ? " < > | # %.',
  configChecking: 'Tjekker mappen …',
  configReady: 'Klar. Tryk Gem i Teams.',
  configNoTeam: 'Fanen kan kun føjes til Chefforum-teamets kanaler, møder og chats.',
  tabName: 'Chefforum',
  removeTitle: 'Fjern Chefforum-fanen',
  removeText: 'Fanen fjernes. Dokumenter, beslutninger og kommentarer bliver, hvor de er.',
  // Issue 12: writing, publishing and approving the referat (src/ui/features/referat).
  referatWrite: 'Udarbejd referat',
  referatNotBeforeDay: (day: string) =>
    `Referatet kan udarbejdes og udgives fra mødets dag, ${day}: et referat gengiver et møde, der er holdt.`,
  referatPlanning: 'Forbereder referatet …',
  referatFile: (name: string) => `Referatet gemmes som «${name}» i kanalens mappe, ved siden af dagsordenen.`,
  referatUndecided: (points: readonly number[]) =>
    points.length === 1
      ? `Punkt ${points[0]} har endnu ingen beslutning og skrives uden.`
      : `Punkt ${danishList(points.map(String))} har endnu ingen beslutning og skrives uden.`,
  referatAllDecided: 'Alle åbne punkter har en beslutning.',
  referatExisting: (name: string) =>
    `Der findes allerede et referat af mødet, «${name}». Det erstattes kun, hvis du vælger det.`,
  referatSave: 'Gem referat',
  referatReplace: 'Erstat referatet',
  referatPublish: 'Udgiv referat',
  referatReplaceAndPublish: 'Erstat og udgiv',
  referatClose: 'Luk',
  referatWorking: 'Arbejder …',
  referatSaved: (name: string) => `Referatet er gemt som «${name}».`,
  referatReplaced: (name: string) => `Referatet «${name}» er erstattet.`,
  referatUnchanged: (name: string) => `Referatet «${name}» er allerede gemt, som det er.`,
  referatChanged:
    'En anden har ændret referatet, siden du åbnede det. Intet er overskrevet. Læs det igen, før du vælger.',
  referatReload: 'Læs igen',
  referatPublished: (name: string, when: string, by: string) =>
    `Referatet «${name}» er udgivet ${when} af ${by}: fastgjort i kanalen og annonceret.`,
  referatAlreadyPublished: (name: string, when: string, by: string) =>
    `Referatet «${name}» var allerede udgivet ${when} af ${by}. Intet er fastgjort eller annonceret to gange.`,
  referatPublishedOn: (name: string, when: string, by: string) =>
    `Referatet «${name}» er udgivet ${when} af ${by}. Åbn det; det erstattes kun, hvis du vælger det.`,
  referatOpenFile: 'Åbn referatet i Word',
  referatBeingPublished: (by: string) =>
    `${by} er ved at udgive referatet lige nu. Intet er fastgjort eller annonceret af dig; prøv igen om lidt for at se resultatet.`,
  referatLookAlikes: (tabs: readonly string[], posts: number, ours: string | null) => {
    const named = [
      ...(tabs.length > 0
        ? [`${tabs.length === 1 ? 'fanen' : 'fanerne'} ${danishList(tabs.map((tab) => `«${tab}»`))}`]
        : []),
      ...(posts > 0 ? [`${posts === 1 ? 'et' : posts} indlæg med annonceringens emne`] : []),
    ];
    const what = danishList(named);
    const where = ours ? `; referatet er fastgjort som «${ours}»` : '';
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} er ikke appens og er ladt urørt${where}.`;
  },
  referatFailed:
    'Referatet kunne ikke gemmes eller udgives. Prøv igen: intet bliver gemt eller sendt to gange.',
  referatRefused:
    'Du har ikke ret til at gemme referatet i kanalens mappe, så intet er gemt eller sendt. Bed sekretæren om at udarbejde og udgive det.',
  referatApproved: (date: string, by: string) => `Godkendt ${date} af ${by}`,
  referatNotApproved: 'Ikke godkendt',
  referatApprovedShort: 'godkendt',
  referatNotApprovedShort: 'ikke godkendt',
  /** The fixed words of the posts in the channel (which language they are posted in: ui/app/featureServices). */
  posts,
};

/** "2, 4 og 7". */
function danishList(parts: readonly string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

export type Strings = typeof da;
