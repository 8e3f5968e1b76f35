import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import { purposeModelSchema } from '../../../src/purposes/schema';
import { estimatorTargetSchema } from '../../../src/tools/estimator/schema';
import { quizQuestionsSchema } from '../../../src/tools/quiz/schema';
import { loadPurposeModel, rawPurposeModel } from '../../support/purpose-model';

const model = loadPurposeModel();
const research = readFileSync(resolve(process.cwd(), 'test/fixtures/reference/network-research.md'), 'utf8');
const article = readFileSync(
  resolve(process.cwd(), 'src/content/articles/is-there-a-purpose-behind-your-networking.mdx'),
  'utf8',
);

/** The id Astro gives a heading (github-slugger's rule for plain words): lower case, punctuation dropped, spaces to hyphens. */
const headingId = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

const issues = (raw: unknown) => {
  const out = purposeModelSchema.safeParse(raw);
  return out.success ? [] : out.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the purpose model (src/content/purposes/purposes.yaml)', () => {
  it('has an entry for every purpose id, and only those', () => {
    expect(Object.keys(model.purposes)).toEqual([...purposeIds]);
  });

  it('gives the article’s names: each heading is in the first article, and each anchor is that heading’s id', () => {
    for (const p of purposeIds) {
      const { heading, anchor, label, inSentence } = model.purposes[p];
      expect(article, p).toContain(`\n## ${heading}\n`);
      expect(headingId(heading), p).toBe(anchor);
      expect(inSentence.startsWith(label), p).toBe(true);
    }
  });

  it('takes every size from the research figures, and names a source for each bound', () => {
    const figures = (n: number) => [String(n), n.toLocaleString('en-US')];
    for (const p of purposeIds) {
      const { size } = model.purposes[p];
      for (const n of [size.min, size.max])
        expect(
          figures(n).some((f) => research.includes(f)),
          `${p}: ${n}`,
        ).toBe(true);
      expect(size.minSource).toContain(size.min.toLocaleString('en-US'));
      expect(size.maxSource).toContain(size.max.toLocaleString('en-US'));
    }
  });

  it('stops the build, naming the field, when a purpose is missing or an entry names no purpose', () => {
    const raw = structuredClone(rawPurposeModel()) as {
      purposes: Record<string, unknown>;
      conflicts: Record<string, unknown>[];
    };
    const { brand: _brand, ...noBrand } = raw.purposes;
    expect(issues({ ...raw, purposes: noBrand })).toEqual([
      'purposes.brand: purposes.brand is missing: every id in src/lib/purposes.ts (social, career, resource, strategic, brand) needs an entry (names, strategy, size, dilemmas, reviewEvery)',
    ]);
    expect(issues({ ...raw, purposes: { ...raw.purposes, fame: raw.purposes.social } })).toEqual([
      'purposes.fame: purposes.fame is not an id in src/lib/purposes.ts; the ids are social, career, resource, strategic, brand',
    ]);
    const conflict = raw.conflicts[0]!;
    expect(issues({ ...raw, conflicts: [{ ...conflict, a: 'fame' }] }).join()).toMatch(
      /conflicts\.0\.a: conflicts\.a names a purpose that does not exist/,
    );
    expect(issues({ ...raw, conflicts: [{ ...conflict, b: conflict.a }] }).join()).toMatch(/with itself/);
    expect(issues({ ...raw, conflicts: [conflict, { ...conflict, a: conflict.b, b: conflict.a }] }).join()).toMatch(
      /a second conflict/,
    );
  });

  it('stops the build when a field of an entry is wrong, naming it', () => {
    const raw = structuredClone(rawPurposeModel()) as {
      purposes: Record<string, Record<string, Record<string, unknown>>>;
    };
    const social = raw.purposes.social!;
    expect(
      issues({
        ...raw,
        purposes: { ...raw.purposes, social: { ...social, strategy: { ...social.strategy, id: 'anyone' } } },
      }).join(),
    ).toMatch(/social\.strategy\.id: purposes\.social\.strategy\.id is one of close, middle, open/);
    expect(
      issues({
        ...raw,
        purposes: { ...raw.purposes, social: { ...social, size: { ...social.size, min: 60 } } },
      }).join(),
    ).toMatch(/purposes\.social\.size: min must be below max/);
    expect(
      issues({
        ...raw,
        purposes: { ...raw.purposes, social: { ...social, dilemmas: { ...social.dilemmas, howMany: 'Small.' } } },
      }).join(),
    ).toMatch(/purposes\.social\.dilemmas\.howMany must contain \{range\} once/);
  });

  it('the tools’ own words cannot name a purpose that does not exist', () => {
    expect(
      estimatorTargetSchema.safeParse({
        id: 'fame',
        composition: ['x'],
        layers: ['support'],
        next: { smaller: ['x'], 'about-right': ['x'], larger: ['x'] },
      }).error?.issues[0]?.message,
    ).toMatch(/id names a purpose that does not exist/);
    const q = {
      strategyQuestion: {
        id: 'inviting',
        prompt: 'P',
        answers: ['close', 'middle', 'open'].map((id) => ({ id, text: id })),
      },
      questions: [
        {
          id: 'q',
          prompt: 'Q',
          answers: [
            { id: 'a', text: 'A', weights: { fame: 1 } },
            { id: 'b', text: 'B', weights: { social: 1 } },
          ],
        },
      ],
    };
    expect(
      quizQuestionsSchema
        .safeParse(q)
        .error?.issues.map((i) => i.message)
        .join(),
    ).toMatch(/weight on an unknown purpose \(fame\)/);
  });
});
