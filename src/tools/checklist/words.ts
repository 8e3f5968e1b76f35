/**
 * The promotion checklist's interface words: labels, buttons, headings, notices and errors.
 * A value the code fills in is a function's parameter, so the compiler checks every one.
 * Sentences that hold an element (a <time>, a <bdi>) are functions that return parts in order,
 * for the component to place side by side. Editorial content (the plan's items, phases and
 * groups, the messages, the review rhythm's sentences, the sources) is in src/content/checklist/.
 */
import { LANGUAGE_TAG } from '@/config';
import { formatPlainDate, parseIsoDate } from '@/shared/dates';
import { START_MAX, START_MIN } from './dates';
import { LIMITS, type GroupErrorCode, type ProfileErrorCode } from './model';

const range = `${formatPlainDate(parseIsoDate(START_MIN)!)} to ${formatPlainDate(parseIsoDate(START_MAX)!)}`;
const numbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "four" for 4, the digits past ten */
const countWord = (count: number) => numbers[count] ?? String(count);
/** "a, b, and c" */
export const listOf = (items: readonly string[]) =>
  new Intl.ListFormat(LANGUAGE_TAG, { type: 'conjunction' }).format(items);

export const words = {
  /** the promoted person in a manager's plan when no name is given, mid-sentence */
  theNewLeader: 'the new leader',
  /** the working-day rule (dates.ts workingDay), said with the plan and the preview */
  workingDays: 'A due date that falls on a Saturday or Sunday moves to the following Monday.',
  previewLead: (parts: number) => `Your plan will have ${countWord(parts)} parts`,
  previewRest: (phases: readonly string[]) =>
    `, each with due dates counted from your start date: ${listOf(phases)}. A due date that falls on a Saturday or Sunday moves to the following Monday. Each item has a box to tick, the reason for it, and lines for the names of the people you will approach.`,
  noscript: {
    needs:
      'The promotion checklist needs JavaScript to build your plan from your answers, date it, keep your ticks and names in this browser, print it, and make the calendar file. Nothing is sent anywhere.',
    sample: (level: string) =>
      `Without JavaScript, here is the plan for a ${level} promoted within the same organization, without due dates; with JavaScript it follows your level, your groups, and your start date.`,
  },
  notices: {
    unreadable:
      'Your saved checklist could not be read (it may be from an older version or damaged), so it started fresh.',
    newer:
      'The checklist in this browser was saved by a newer version of this site, so this page cannot read it. It stays as it is; what you enter here is not saved.',
    erased: 'Your checklist was erased on another page of this site, so the form is empty again.',
    replaced: 'Your checklist was changed on another page of this site; this page now shows it.',
    ok: 'OK',
  },
  fix: (count: number) =>
    count === 1
      ? 'One thing to fix before the plan can be built:'
      : `${count} things to fix before the plan can be built:`,
  fixKept: 'Your ticks and names are kept.',
  erase: {
    start: 'Erase my checklist',
    question: 'Erase your profile, ticks, names, and messages from this browser? This cannot be undone.',
    yes: 'Yes, erase my checklist',
    no: 'Keep it',
    group: 'Confirm erasing',
    done: 'Your checklist was erased from this browser.',
  },
  sourcesTitle: 'Sources',
  form: {
    label: 'Your promotion',
    audience: 'Who is the plan for?',
    audiences: { self: 'I was promoted', manager: 'Someone who reports to me was promoted' },
    name: { self: 'Your name (optional)', manager: 'Their name (optional)' },
    role: 'New role title',
    level: 'Level of the new role',
    startDate: 'Start date of the new role',
    startDateHint: `Due dates count from this day (day 1 is the start date). Choose a date from ${range}.`,
    /** under the name or the role when what was typed or pasted was cut to its limit */
    shortened: (limit: number) => `That was too long, so it was shortened to ${limit} characters.`,
    sameOrg: 'Promoted within the same organization?',
    sameOrgYes: 'Yes, same organization',
    sameOrgNo: 'No, a new organization',
    internal: 'Groups inside the organization that matter in this role',
    ownGroups: 'Your own groups',
    addOwnGroup: 'Add a group of your own',
    addGroup: 'Add group',
    /** screen readers hear the group's name after it */
    remove: 'Remove',
    external: 'Outside groups that matter in this role',
    newToNetworking: {
      self: 'I have never been good at networking',
      manager: 'They have never been good at networking',
    },
    newToNetworkingHint: {
      self: 'The plan then opens with a three-step start.',
      manager: 'The plan then opens with a three-step start for them.',
    },
    build: 'Build my plan',
    goToPlan: 'Go to my plan',
  },
  errors: {
    'role-missing': 'Write the new role’s title, for example “Sales manager”.',
    'role-too-long': `Keep the role title to ${LIMITS.role} characters or fewer.`,
    'level-missing': 'Choose the level of the new role.',
    'start-missing': 'Enter the date the new role starts (or started).',
    'start-invalid': `Enter a real date from ${range}.`,
    'name-too-long': `Keep the name to ${LIMITS.name} characters or fewer.`,
    'group-empty': 'Type the group’s name before adding it.',
    'group-too-long': `Keep a group’s name to ${LIMITS.groupLabel} characters or fewer.`,
    'group-duplicate': 'That group is already on the list.',
    'group-too-many': `You can add up to ${LIMITS.customGroups} groups of your own.`,
  } satisfies Record<ProfileErrorCode | GroupErrorCode, string>,
  plan: {
    title: <T>(name: T) => [name, '’s network plan'],
    titleNoName: { self: 'Your network plan', manager: 'The new leader’s network plan' },
    /** under the title: "Head of Sales · starts Monday, January 4, 2027" */
    starts: <T>(role: T, date: T) => [role, ' · starts ', date],
    progress: (done: number, total: number) => `${done} of ${total} done`,
    progressLabel: 'Progress',
    print: 'Print my checklist',
    calendar: 'Download calendar (.ics)',
    /** after a phase's label; on narrow screens the due date gets its own line without the separator */
    dueSeparator: '·',
    due: <T>(date: T) => ['due ', date],
    phaseProgress: (done: number, total: number, day: number) => `${done} of ${total} done · day ${day}`,
    /** after the section's name on items of the network the quiz purpose leans on */
    fitsPurpose: '· fits your purpose',
    /** after a ticked item, on paper only */
    doneNote: '(done)',
    who: 'Who:',
    /** each name line inside the item's "Who:" group */
    nameLine: (line: number, lines: number) => `Name ${line} of ${lines}`,
    /** under "Who:" when some of the reader's people (Your people) fit the item */
    peopleHint: (count: number) =>
      count === 1
        ? 'One of your people fits this item: type a name, or press Down to choose them. Choosing someone plans your contact with them for this item’s due date.'
        : `${count.toLocaleString(LANGUAGE_TAG)} of your people fit this item: type a name, or press Down to choose from them. Choosing someone plans your contact with them for this item’s due date.`,
    /** the list of people offered on one line */
    pickList: (line: number, lines: number) => `Your people for name ${line} of ${lines}`,
    /** under the list when it shows only some of the people who match */
    pickMore: (shown: number, count: number) =>
      `${shown} of ${count.toLocaleString(LANGUAGE_TAG)} shown: type more of a name, organization, or title.`,
    /** the people picked for an item, once their planned contacts are set in Your people */
    planned: <T>(names: string, date: T) => ['Planned contact in Your people on ', date, ': ', names, '.'],
    /** an item whose picked people were all logged in Your people */
    logged: <T>(date: T) => ['Logged in Your people on ', date, '.'],
    why: <T>(section: T, why: string) => [section, ': ', why],
    source: (source: string) => `(${source})`,
    firstSteps: 'A three-step start',
  },
  rhythm: {
    title: 'Keeping in touch',
    /** the label of each choice, and how an interval is said mid-sentence */
    choices: {
      week: { label: 'Every week', inSentence: 'every week' },
      'two-weeks': { label: 'Every two weeks', inSentence: 'every two weeks' },
      month: { label: 'Every month', inSentence: 'every month' },
      quarter: { label: 'Every three months', inSentence: 'every three months' },
      none: { label: 'Not in my calendar', inSentence: '' },
    },
    suggestedTag: '(suggested)',
    /** how the reviews keep to working days (dates.ts workingDay, rhythm.ts reviewSeries) */
    workingDays:
      'Reviews fall on working days: a weekly review keeps the weekday of its first date, and a monthly one the same weekday of the month, for example the first Monday.',
    /** under each network, when Your people keeps anyone: who is due a contact (their contact cadence) */
    due: (overdue: number, week: number) => {
      const people = (n: number) => `${n.toLocaleString(LANGUAGE_TAG)} ${n === 1 ? 'person' : 'people'}`;
      const parts = [
        overdue > 0 ? `${people(overdue)} overdue for a contact` : null,
        week > 0 ? `${people(week)} due a contact in the next seven days` : null,
      ].filter((part) => part !== null);
      return parts.length > 0
        ? `In Your people: ${parts.join(' and ')}.`
        : 'In Your people: no one in this network is due a contact in the next seven days.';
    },
  },
  calendar: {
    /** the start of the file's name; the name and role follow */
    fileName: 'promotion-checklist',
    downloaded: (file: string, milestones: number, reviews: number) =>
      reviews === 0
        ? `Calendar file ${file} downloaded: ${milestones} milestones.`
        : `Calendar file ${file} downloaded: ${milestones === 1 ? 'one milestone' : `${milestones} milestones`} and ${reviews === 1 ? 'one repeating review' : `${reviews} repeating reviews`}.`,
    /** the first line of each event's description */
    progress: (phase: string, done: number, total: number) => `${phase}: ${done} of ${total} done.`,
    /** each event's title, with the promoted person's name when there is one */
    summary: (title: string, role: string, name: string) =>
      name ? `${title} (${name}, ${role})` : `${title} (${role})`,
    item: (text: string, done: boolean, names: readonly string[]) =>
      `${done ? '[x]' : '[ ]'} ${text}${names.length > 0 ? ` Who: ${names.join('; ')}` : ''}`,
  },
  messages: {
    title: 'Messages to send',
    intro:
      'A short message to each person you named in your plan, one at a time. Each one offers something before it asks: choose what you offer and how you greet the person. Change the words so they sound like you, then copy the message into your email or chat. Your changes are kept with your plan in this browser; nothing is sent from here.',
    show: 'Show messages to send',
    hide: 'Hide messages to send',
    /** a message's label: the kind, then the person it goes to */
    labelTo: (label: string, name: string) => `${label}: ${name}`,
    /** the greet-as box of one person */
    greetAs: (name: string) => `Greet ${name} as`,
    greetAsHint: 'The first word of the name unless you change it, for example to a given name or “Dr. Chen.”',
    /** the greet-as note of a person picked from Your people */
    greetAsPeople: 'As you greet them in Your people, unless you change it here.',
    organization: (name: string) =>
      `“${name}” looks like the name of an organization, not a person, so the message greets nobody. Write the name of the person you will write to there in the box above.`,
    greetsNobody: 'The message greets nobody until this box holds the name you greet them with.',
    give: 'What you offer',
    copy: 'Copy message',
    copied: 'Copied. Paste the message into your email or chat.',
    copyFailed:
      'This browser did not let the page copy the message. It is selected now; press Ctrl+C (⌘C on a Mac) to copy it.',
    reset: 'Use the suggested text',
    resetDone: 'The suggested text is back.',
    edited: 'You changed this message, so the names, the greeting, and the offer chosen here no longer update it.',
  },
};
