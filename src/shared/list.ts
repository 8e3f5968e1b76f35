/**
 * Lists in running text ("a, b and c"), one helper for every tool. The word before the last item
 * and whether a comma precedes it are words in the tool's content, so each tool keeps its own
 * style: the checklist writes "a, b, and c", the quiz "a, b and c".
 */
export interface ListWords {
  /** the word before the last item: "and" */
  readonly and: string;
  /** a comma before `and` in lists of three or more: "a, b, and c" (true) or "a, b and c" (false) */
  readonly serialComma: boolean;
}

/** "", "a", "a and b", "a, b and c" or "a, b, and c" */
export function joinList(items: readonly string[], words: ListWords): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  if (items.length === 2) return `${items[0]} ${words.and} ${last}`;
  return `${items.slice(0, -1).join(', ')}${words.serialComma ? ',' : ''} ${words.and} ${last}`;
}
