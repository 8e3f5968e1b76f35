/**
 * The interface words of "Your people" (/tools/your-people/). The sorting rules' words are in
 * src/content/people/rules.yaml; the networks' and relations' names in the purpose model.
 */
import { LANGUAGE_TAG } from '@/config';
import type { CadenceId } from '@/purposes/networks';
import type { Closeness, ContactHow } from './person';

const count = (n: number) => n.toLocaleString(LANGUAGE_TAG);
const people = (n: number) => `${count(n)} ${n === 1 ? 'person' : 'people'}`;
const date = (ms: number) => new Date(ms).toLocaleDateString(LANGUAGE_TAG, { dateStyle: 'long' });

export const words = {
  /** under each article's list of tools, before the link to this tool */
  articleLink: 'Sort the people you know by purpose:',
  noscript:
    'This tool needs JavaScript: it keeps your people in this browser’s own database, which only a script can reach. Nothing is sent anywhere.',
  opening: 'Opening your people…',
  status: {
    memory:
      'This browser does not let the site use its database (it may be blocked, or a private window). You can still add and sort people, but only for this visit: they are gone when you close this page.',
    newer:
      'The people stored in this browser were saved by a newer version of this site, which this page cannot read. They are left untouched: reload the page to get the newer version.',
    full: 'This browser’s storage is full, so the change was not saved. Nothing stored was lost.',
    writeFailed: 'This browser would not save the change. Nothing stored was lost.',
  },
  durability: {
    title: 'Keeping your people',
    persisted: 'Your browser has agreed to keep this data until you erase it.',
    mayEvict:
      'Your browser has not agreed to keep this data: it may erase it when the device runs short of space, and some browsers erase a site’s data when it has not been visited for a while. Keep a backup file.',
    unknown: 'This browser does not say whether it will keep this data. Keep a backup file.',
    ask: 'Ask the browser to keep it',
    granted: 'Your browser will keep your people until you erase them.',
    refused: 'Your browser did not agree to keep the data for good. Keep a backup file.',
    lastBackup: (ms: number) => `Last backup: ${date(ms)}.`,
    noBackup: 'No backup yet.',
    /** shown when the last backup is older than BACKUP_REMINDER_DAYS, or there is none */
    remind: 'It may be time to download a new one on',
    yourData: 'Your data',
  },
  self: {
    title: 'About you',
    intro:
      'Your own organization and role title let the tool suggest who belongs where (your colleagues, for example). Asked once; change them any time.',
    organization: 'Your organization',
    title_: 'Your role title',
    save: 'Save',
    later: 'Not now',
    saved: 'Saved your organization and role title.',
    summary: (title: string, org: string) =>
      title && org
        ? `You: ${title} at ${org}.`
        : title || org
          ? `You: ${title || org}.`
          : 'You have not said where you work.',
    change: 'Change',
  },
  list: {
    title: 'People',
    search: 'Search by name, organization, or title',
    network: 'Network',
    relation: 'Where they stand',
    seniority: 'Seniority',
    any: 'Any',
    none: 'None',
    suggested: 'Has a suggestion',
    former: 'Former colleague',
    shown: (n: number, total: number) => (n === total ? `${people(total)}.` : `${people(n)} of ${count(total)} shown.`),
    empty: 'No one yet. Add a person by hand, or bring people in from a file.',
    noMatch: 'No one matches. Change the search or the filters.',
    label: 'People, sorted by name',
    keys: 'In the list, the arrow keys, Page Up, Page Down, Home and End move between people.',
    select: (name: string) => `Select ${name || 'this person'}`,
    edit: (name: string) => `Edit ${name || 'this person'}`,
    at: (title: string, org: string) => [title, org].filter(Boolean).join(', '),
    noName: '(no name)',
    networks: 'Networks:',
    suggestion: 'Suggested:',
    accept: 'Accept',
    acceptOne: (name: string) => `Accept the suggestion for ${name || 'this person'}`,
  },
  bulk: {
    title: 'Change many at once',
    selected: (n: number) => `${people(n)} selected.`,
    selectShown: (n: number) => `Select the ${people(n)} shown`,
    clear: 'Clear the selection',
    network: 'Network',
    addNetwork: 'Add to network',
    removeNetwork: 'Take out of network',
    relation: 'Where they stand',
    setRelation: 'Set where they stand',
    notSaid: 'Not said',
    markFormer: 'Mark as former colleagues',
    acceptAll: 'Accept the suggestions',
    merge: 'Merge the two',
    mergeKeep: 'Where both have a value, keep the one of',
    delete: {
      start: 'Delete the selected people',
      question: 'Delete the selected people? You can undo this.',
      yes: 'Yes, delete them',
      no: 'Keep them',
      group: 'Confirm deleting the selected people',
    },
    added: (n: number, network: string) => `Added ${people(n)} to ${network}.`,
    removed: (n: number, network: string) => `Took ${people(n)} out of ${network}.`,
    relationSet: (n: number) => `Changed where ${people(n)} stand.`,
    formerSet: (n: number) => `Marked ${people(n)} as former colleagues.`,
    accepted: (n: number) => `Accepted the suggestions for ${people(n)}.`,
    merged: (name: string) => `Merged two records into ${name || 'one'}.`,
    deleted: (n: number) => `Deleted ${people(n)}.`,
    nothing: 'Nothing to change for the selected people.',
  },
  undo: (label: string) => `Undo: ${label}`,
  undone: (label: string) => `Undone: ${label}`,
  editor: {
    add: 'Add a person',
    addTitle: 'Add a person',
    editTitle: (name: string) => `Edit ${name || 'this person'}`,
    name: 'Name',
    greetAs: 'Greet as',
    greetAsHint: (first: string) => (first ? `Empty: “${first}”.` : 'Empty: the first word of the name.'),
    organization: 'Organization',
    title: 'Role title',
    relation: 'Where they stand',
    former: 'Former colleague',
    networks: 'Networks',
    closeness: 'How well you know them',
    notes: 'Notes',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    needName: 'Give a name.',
    seniority: (label: string, word: string) => `Seniority: ${label} (the title has “${word}”).`,
    suggestion: 'Suggestion from the title and organization, not applied until you accept it:',
    elsewhere: (fields: string) =>
      `Changed in another tab while you edit: ${fields}. Saving replaces it with what is in this form.`,
    deletedElsewhere: 'This person was deleted in another tab. Saving adds them back.',
    deleted: (name: string) => `Deleted ${name || 'one person'}.`,
  },
  closeness: { well: 'Well', somewhat: 'Somewhat', barely: 'Barely' } satisfies Record<Closeness, string>,
  saved: (name: string) => `Saved ${name || 'the person'}.`,
  import: {
    title: 'Bring people in from a file',
    needsDatabase:
      'Bringing people in from a file needs the browser’s database, which this browser refuses, so it cannot be done on this visit. You can still add people by hand.',
  },
  /** the people on the Your data page and in its data file */
  dataFile: {
    label: 'Your people',
    inSentence: 'your people',
    description:
      'The people you added or brought in with the “Your people” tool, and how you sorted them, kept in this browser’s database (IndexedDB), with your organization, your role title, the date of your last backup and the last few changes you can undo.',
    count: (n: number) => `${people(n)} stored.`,
    eraseItem: 'Erase your people',
    eraseFailed:
      'This browser would not erase your people. Try again, or clear this site’s data in your browser’s settings.',
    inFile: (n: number, refused: number) =>
      `${people(n)}.${refused ? ` ${people(refused)} in the file cannot be read and would be left out.` : ''}`,
    replaces: 'Replaces the people stored now; you can undo it on the “Your people” page.',
    replaced: (n: number) => `Brought in ${people(n)} from a data file`,
    imported: (n: number) => `Brought in ${people(n)}.`,
    notImported:
      'This browser would not store the people from the file (storage may be full). The people stored before are unchanged.',
    cap: 'Data files up to 40 MB open: enough for 30,000 people with notes.',
  },
  /** give first: the give suggested to a person due a contact, and the message drafted for them */
  giveFirst: {
    give: 'Give first:',
    noGive: 'No give is suggested until you say where they stand.',
    message: (name: string) => `Message to ${name || 'this person'}`,
    copy: 'Copy message',
    copied: 'Copied the message.',
    copyFailed:
      'This browser did not let the page copy the message. It is selected now; press Ctrl+C (⌘C on a Mac) to copy it.',
  },
  /** the calendar file of the contacts due (keep/calendar.ts) */
  calendarFile: {
    download: 'Download calendar file',
    hint: 'One all-day event for each person due a contact. Open a newer file in the same calendar and it updates those events; a person no longer due has their event canceled. The file holds names, the suggested give and the message, never an email address or a phone number.',
    nobody: 'No one is due a contact yet: turn on a contact cadence for a person or a network first.',
    downloaded: (n: number) => `Downloaded a calendar file with ${people(n)} due a contact.`,
    failed: 'This browser would not save what the calendar file holds, so the file was not made. Try again.',
    fileName: 'keeping-in-touch.ics',
    summary: (name: string) => `Get in touch with ${name || 'someone in Your people'}`,
    cancelled: 'No longer due a contact.',
    dueOn: (date: string, overdue: boolean) => (overdue ? `Due since ${date}.` : `Due ${date}.`),
    give: (label: string, line: string) => `Give first: ${label}. ${line}`,
    draft: 'A message to start from:',
  },
};

/**
 * Keeping in touch: contact cadences, logged contacts, snoozes and the lists of who is due.
 * "This week" is today and the six days after it (the next seven days, src/tools/people/due.ts
 * `weekEnd`), whatever weekday today is, so a reader looking on a Friday or a Sunday still sees
 * the days ahead.
 */
export const keepWords = {
  title: 'Keeping in touch',
  allPeople: 'All people',
  cadence: {
    'two-weeks': 'Every two weeks',
    month: 'Every month',
    quarter: 'Every quarter',
    'half-year': 'Every six months',
    year: 'Every year',
  } satisfies Record<CadenceId, string>,
  how: { met: 'Met', call: 'Call', message: 'Message', email: 'Email' } satisfies Record<ContactHow, string>,
  networks: {
    legend: 'Contact cadence per network',
    intro:
      'Turn a contact cadence on for a network, and each of its people is due that often, counted from your last logged contact with them (or from today when there is none). The suggested cadences follow the article’s advice on how often to communicate with each network: suggestions, not research findings. Nobody is due until you turn a cadence on, and bringing people in from a file makes nobody due.',
    off: 'Off',
    suggested: (label: string) => `${label} (suggested)`,
    turnedOn: (network: string, cadence: string) => `Contact cadence for ${network}: ${cadence.toLowerCase()}.`,
    turnedOff: (network: string) => `Contact cadence for ${network}: off.`,
  },
  views: {
    summary: (overdue: number, week: number) =>
      overdue + week === 0
        ? 'Nobody is due this week.'
        : `This week: ${people(overdue + week)} to contact${overdue ? `, ${count(overdue)} of them overdue` : ''}.`,
    noCadence:
      'No contact cadence is on, so nobody is due. Turn one on for a network below, or for one person when you edit them.',
    overdue: 'Overdue',
    week: 'Due this week',
    weekHint: (end: string) => `Today through ${end}: the next seven days.`,
    never: 'Never contacted',
    neverHint: 'People with a contact cadence and no logged contact yet, by due date.',
    none: 'Nobody.',
    due: (date: string) => `Due ${date}`,
    last: (date: string) => `Last contact: ${date}`,
    noLast: 'No contact logged',
    more: (n: number) => `Show ${count(n)} more`,
    shown: (n: number, total: number) => `${count(n)} of ${count(total)} shown.`,
    history: 'History',
    historyOf: (name: string) => `History of ${name || 'this person'}`,
  },
  snooze: {
    button: 'Snooze',
    legend: (name: string) => `Snooze ${name || 'this person'}`,
    for: { week: 'One week', 'two-weeks': 'Two weeks', month: 'One month' },
    until: (date: string) => `Snoozed until ${date}.`,
    end: 'End snooze',
    snoozed: (name: string, date: string) => `Snoozed ${name || 'the person'} until ${date}.`,
    ended: (name: string) => `Ended the snooze of ${name || 'the person'}.`,
  },
  log: {
    button: 'Log a contact',
    title: (name: string) => `Log a contact with ${name || 'this person'}`,
    editTitle: 'Edit the logged contact',
    date: 'Date',
    how: 'How',
    notes: 'Notes',
    give: 'Give',
    noGive: 'None',
    planned: (reason: string) => `This was the planned contact: ${reason}`,
    save: 'Save contact',
    cancel: 'Cancel',
    badDate: 'Give the day the contact happened, from 1900 to today.',
    logged: (name: string) => `Logged a contact with ${name || 'the person'}.`,
  },
  person: {
    title: (name: string) => `Keeping in touch with ${name || 'this person'}`,
    cadence: 'Contact cadence',
    follow: 'Follow their networks',
    off: 'Off',
    followsNone: 'None of their networks has a contact cadence on.',
    follows: (cadence: string) => `From their networks: ${cadence.toLowerCase()}.`,
    next: (date: string) => `Next due: ${date}.`,
    noNext: 'Not due: no contact cadence applies.',
    last: (date: string) => `Last contact: ${date}.`,
    noLast: 'No contact logged yet.',
    history: 'Logged contacts',
    noHistory: 'None yet.',
    gave: (give: string) => `Gave: ${give}`,
    planned: 'The planned contact',
    edit: 'Edit',
    delete: 'Delete',
    editOne: (date: string) => `Edit the contact of ${date}`,
    deleteOne: (date: string) => `Delete the contact of ${date}`,
    deleted: (date: string) => `Deleted the logged contact of ${date}.`,
    confirmDelete: (date: string) => `Delete the contact of ${date}? It cannot be undone.`,
    yesDelete: 'Yes, delete it',
    keep: 'Keep it',
  },
  /** a stored date that is not a real day (never shown as "Invalid Date") */
  badDate: 'an unreadable date',
};

/** a backup older than this many days gets a gentle reminder (a habit, not a finding) */
export const BACKUP_REMINDER_DAYS = 30;
