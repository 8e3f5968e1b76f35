import type { ConfirmEraseWords } from '@/shared/ConfirmErase';
import type { ShareProblem } from './share-code';
import type { FitKind } from './scoring';

/**
 * The quiz's interface words: buttons, labels, headings, notices and errors. A value the code fills
 * in is a function's parameter, so the compiler checks every placeholder. What the quiz says about
 * purposes and results (the editorial text) is in src/content/quiz/.
 */
export const words = {
  intro: (total: number) =>
    `Which of the article’s five networking purposes drives your network? Answer ${total} short questions, one at a time. You can go back and change answers, and check them all before you see the result.`,
  introHeading: 'The five purposes the quiz measures',
  purposeTerm: (network: string) => `${network}:`,
  storageNote: 'Your answers stay in this browser so you can pick up where you left off. Erase them any time.',
  start: 'Start the quiz',
  progress: (number: number, total: number) => `Question ${number} of ${total}`,
  chooseAnswer: 'Choose an answer to continue.',
  back: 'Back',
  next: 'Next',
  nextToReview: 'Next: check your answers',
  backToReview: 'Back to the review',
  reviewHeading: 'Check your answers',
  reviewIntro: 'Change any answer, then see your result.',
  reviewPrompt: (number: number, prompt: string) => `${number}. ${prompt}`,
  notAnswered: 'Not answered',
  change: 'Change',
  changeLabel: (number: number, prompt: string) => `Change answer ${number}: ${prompt}`,
  seeResult: 'See my result',
  copyLink: 'Copy link to my result',
  copyPlain: 'Copy a link without my purpose',
  /** beside both copy buttons: what each link reveals; `named`: the purpose the first names, null when it names none */
  copyNote: (named: string | null) =>
    `Both links open your whole result, worked out from your answers: anyone who opens either sees every purpose’s share and all the advice. Your answers travel after the “#”, which browsers never send to any server. ${
      named
        ? `“Copy link to my result” also names your purpose, ${named}, in the address and in the link preview a chat app shows; “Copy a link without my purpose” leaves it out of both.`
        : 'Since you have not chosen one of your tied purposes, neither link names a purpose in the address or the link preview.'
    }`,
  changeAnswers: 'Change an answer',
  erase: 'Erase my answers',
  copied: 'Link copied. It holds your answers, not your name or scores.',
  copyFailed: 'Your browser did not let us copy. Select the link below and copy it.',
  shareLinkLabel: 'Link to your result',
  missing: 'Some answers are missing, so there is no result to show yet.',
  goToMissing: 'Go to the first missing answer',
  announce: (headline: string) => `Result: ${headline}.`,
  sharedNote:
    'Someone shared this result with you. It is worked out from their answers in your browser; nothing has been saved here.',
  keepConfirm: {
    start: 'Keep this as my result',
    question:
      'This browser already holds your own quiz answers. Keeping this result replaces them, and yours cannot be brought back. Replace your answers with this result?',
    yes: 'Replace my answers',
    no: 'Keep my own answers',
    group: 'Replace your own answers?',
  } satisfies ConfirmEraseWords,
  retakeConfirm: {
    start: 'Retake the quiz',
    question:
      'Start again? Your answers and your result are erased from this browser, and the other tools stop using its purpose.',
    yes: 'Yes, start again',
    no: 'Keep my result',
    group: 'Confirm retaking the quiz',
  } satisfies ConfirmEraseWords,
  /** leaving a shared link: to the reader's own result, their quiz on the way, or a fresh quiz */
  leave: { result: 'Show my result', partial: 'Go back to my quiz' },
  takeYourself: 'Take the quiz yourself',
  takeQuiz: 'Take the quiz',
  takeQuizOffer: (total: number) => `You can take the quiz yourself: ${total} questions, about three minutes.`,
  linkProblemHeading: 'This result link can’t be used',
  linkProblems: {
    malformed: 'This link to a quiz result is incomplete or damaged, so it cannot show a result.',
    tampered:
      'This link to a quiz result does not check out: it was changed, cut short, or made for an earlier edition of the questions. We won’t guess a result from it.',
    future: 'This link was made by a newer version of the quiz than this page knows, so it cannot show the result.',
    old: 'This link was made by an older version of the quiz that this page no longer reads.',
  } satisfies Record<Exclude<ShareProblem, 'none'>, string>,
  noscript:
    'The quiz needs JavaScript to ask its questions and work out your result in your browser, and JavaScript is off. Nothing is sent anywhere. The five purposes it measures are listed above; the article describes each of them, and its questions are below, to think over.',
  noscriptQuestions: 'The questions the quiz asks',
  /** what the quiz says about the answers saved in this browser (src/shared/storage/persist.ts) */
  notices: {
    unreadable:
      'We couldn’t read the quiz answers saved in this browser (they were damaged or from another version), so the quiz has started fresh.',
    newer:
      'The quiz answers in this browser were saved by a newer version of this site, so this page cannot read them. They stay as they are; what you answer here is not saved.',
    erased: 'Your quiz answers were erased on another page of this site, so the quiz is back at its start.',
    replaced: 'Your quiz answers were changed on another page of this site; this page now shows them.',
    erasedHere: 'Your answers and result are erased from this browser.',
  },
  ok: 'OK',
  result: {
    profileHeading: 'Your five purposes',
    chartCaption: 'Share of your answers that point to each purpose, highest first',
    percent: (percent: number) => `${percent}%`,
    tableToggle: 'Show the scores as a table',
    tableCaption: 'Your scores for the five networking purposes',
    rank: 'Rank',
    purpose: 'Purpose',
    /** the column the tie margin is measured in (percentage points), named as the tie note names it */
    share: 'Share',
    points: 'Points from your answers',
    strategyHeading: 'Your inviting strategy',
    fit: { fits: 'It fits.', partly: 'It partly fits.', notFit: 'It does not fit.' } satisfies Record<FitKind, string>,
    networksHeading: 'One network or more?',
    conflictPair: (a: string, percentA: number, b: string, percentB: number) =>
      `${a} (${percentA}%) and ${b} (${percentB}%) pull against each other.`,
    chooseLegend: 'Which purpose do you want to plan for?',
    dilemmasHeading: (network: string) => `Your ${network}: the six questions answered`,
    remindersHeading: 'Two things every network needs',
    reminderTitle: (title: string) => `${title}.`,
    nextHeading: 'Next steps',
    readAbout: (network: string) => `Read about the ${network} in the article`,
    estimate: 'Estimate the size of your network',
    estimateSetTo: (purpose: string) => `(set to ${purpose})`,
    estimateTied: (purposes: string) => `(it shows your tie between ${purposes})`,
    checklist: 'Plan your network after a promotion',
    sourcesHeading: 'Sources',
    printed: (site: string, date: string) => `Printed from ${site} on ${date}`,
  },
};
