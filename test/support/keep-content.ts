/**
 * What Your people is given to suggest gives and draft keep-in-touch messages, from the real
 * content files validated with their collections' schemas, shaped as PeopleTool.astro gives it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { KeepContent } from '../../src/tools/people/keep/give';
import { keepMessageSchema } from '../../src/tools/people/schema';
import { checklistContent } from './checklist-content';
import { loadNetworkModel } from './purpose-model';

export function loadKeepContent(): KeepContent {
  const raw = parse(readFileSync(resolve(process.cwd(), 'src/content/people/messages.yaml'), 'utf8')) as {
    keepInTouch: unknown;
  };
  const { gives, keepInTouch } = loadNetworkModel();
  const { greeting, signOff, titles, organizations } = checklistContent().texts.messages;
  return {
    model: { gives, keepInTouch },
    words: { greeting, signOff, titles, organizations },
    message: keepMessageSchema.parse(raw.keepInTouch),
  };
}
