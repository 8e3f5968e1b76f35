/** The purpose model (src/content/purposes/purposes.yaml) says what the first article and the research say. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import { purposeModelSchema } from '../../../src/purposes/schema';
import { loadPurposeModel, rawPurposeModel } from '../../support/purpose-model';

const { purposes } = loadPurposeModel();
const research = readFileSync('test/fixtures/reference/network-research.md', 'utf8');
const article = readFileSync('src/content/articles/is-there-a-purpose-behind-your-networking.mdx', 'utf8');

describe('the purpose model', () => {
  it.each(purposeIds)('names %s as the first article does', (p) => {
    const { heading, label, inSentence } = purposes[p];
    expect(article).toContain(`\n## ${heading}\n`);
    expect(inSentence.startsWith(label)).toBe(true);
  });

  it.each(purposeIds)('takes the size of %s from the research, naming a source for each bound', (p) => {
    const { min, max, minSource, maxSource } = purposes[p].size;
    for (const n of [min, max])
      expect(research.includes(String(n)) || research.includes(n.toLocaleString('en-US'))).toBe(true);
    expect(minSource).toContain(min.toLocaleString('en-US'));
    expect(maxSource).toContain(max.toLocaleString('en-US'));
  });

  it('stops the build, naming the field, when the model is wrong', () => {
    type Raw = {
      purposes: Record<string, Record<string, Record<string, unknown>>>;
      conflicts: Record<string, unknown>[];
    };
    const raw = structuredClone(rawPurposeModel()) as Raw;
    const { social } = raw.purposes;
    const fields = (changed: Partial<Raw>) =>
      purposeModelSchema.safeParse({ ...raw, ...changed }).error?.issues.map((i) => i.path.join('.'));
    const { brand: _, ...noBrand } = raw.purposes;
    expect(fields({ purposes: noBrand })).toEqual(['purposes.brand']);
    expect(fields({ purposes: { ...raw.purposes, fame: social! } })).toEqual(['purposes.fame']);
    expect(fields({ conflicts: [{ ...raw.conflicts[0], a: 'fame' }] })).toEqual(['conflicts.0.a']);
    const withSize = (size: Record<string, unknown>) => ({
      ...raw.purposes,
      social: { ...social, size: { ...social!.size, ...size } },
    });
    expect(fields({ purposes: withSize({ min: 60 }) })).toEqual(['purposes.social.size']);
    const unfilled = { ...raw.purposes, social: { ...social, dilemmas: { ...social!.dilemmas, howMany: 'Small.' } } };
    expect(fields({ purposes: unfilled })).toEqual(['purposes.social.dilemmas.howMany']);
  });
});
