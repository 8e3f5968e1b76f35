/**
 * What a message a person would send never says, as checks shared by the messages' unit,
 * component and e2e tests: a British spelling (a short list of the usual ones), a timeline other
 * than the plan's (the first 30 to 60 days, then the 90-day review), a promised attachment that
 * is not there, or a group asked to meet together.
 */
import type { MessageLine } from '../../src/tools/checklist/messages-schema';

/** British spellings, by stem or word */
export const BRITISH: readonly RegExp[] = [
  /\b(colour|favour|honour|behaviour|neighbour|labour|endeavour)/i,
  /\b\w*(organis|realis|recognis|apologis|prioritis|summaris|emphasis(e|ing))/i,
  /\b(centre|programme|travelled|cancelled|licence|catalogue|whilst|amongst|learnt|spelt|cheque|judgement)\b/i,
  /\banalys(e|ed|ing)\b/i,
];
/** an attachment or a document the message says is there */
export const PROMISED_ATTACHMENT = /\b(attach|enclos)|here is my|see below|below is|as follows/i;
/** any number of days; the plan's own phrases are taken out first */
export const TIMELINE_WORDS = /\d+\s*(-|–|to)?\s*\d*[\s-]*days?\b/i;
const PLAN_TIMELINE = /\b30 to 60 days\b|\b30–60 days\b|\b90-day review\b/g;
const GROUP_MEETING = /\bone by one\b|\beach of you\b|\ball of you\b|\beveryone\b/i;

/** the sentences a line may show */
export const lineText = (line: MessageLine): string[] =>
  typeof line === 'string' ? [line] : [line.text, ...(line.else === undefined ? [] : [line.else])];

/** each rule each text breaks, as "rule: text" */
export function problemsOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => [
    ...BRITISH.filter((r) => r.test(text)).map((r) => `British spelling ${r.exec(text)![0]}: ${text}`),
    ...(PROMISED_ATTACHMENT.test(text) ? [`promises an attachment: ${text}`] : []),
    ...(TIMELINE_WORDS.test(text.replace(PLAN_TIMELINE, '')) ? [`another timeline: ${text}`] : []),
    ...(GROUP_MEETING.test(text) ? [`asks a group: ${text}`] : []),
  ]);
}
