import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerIds } from '../../../src/tools/estimator/model';
import { placeholders } from '../../../src/shared/template';
import { estimatorWordsSchema } from '../../../src/tools/estimator/schema';
import { purposeIds } from '../../../src/purposes/ids';
import { loadWords, loadLayers, loadTargets } from '../../support/estimator-content';

describe('estimator content', () => {
  it('has the five circles in order with Dunbar’s typical sizes', () => {
    const layers = loadLayers();
    expect(layers.map((l) => l.id)).toEqual([...layerIds]);
    expect(layers.map((l) => l.typical)).toEqual([5, 15, 50, 150, 500]);
  });

  it('has one target for each purpose, with next steps for every comparison', () => {
    const targets = loadTargets();
    expect(targets.map((t) => t.id).sort()).toEqual([...purposeIds].sort());
    for (const t of targets) {
      expect(t.min).toBeLessThan(t.max);
      expect(t.max).toBeLessThanOrEqual(30_000);
    }
  });

  it('grounds every range in figures from the reference file', () => {
    // only layer sizes (5/15/50/150/500/1,500) and the 30,000 limit may bound a range
    const allowed = new Set([5, 15, 50, 150, 500, 1500, 30_000]);
    for (const t of loadTargets()) {
      expect(allowed.has(t.min)).toBe(true);
      expect(allowed.has(t.max)).toBe(true);
    }
  });

  it('lists its sources and calls the reach model rough', () => {
    const copy = loadWords();
    const sources = copy.sources.map((s) => s.text).join(' ');
    for (const cited of ['Dunbar', 'Hill & Dunbar (2003)', 'McCarty', 'Killworth', 'Zheng', 'McCormick', 'LinkedIn']) {
      expect(sources).toContain(cited);
    }
    expect(copy.reach.roughModel).toMatch(/rough model/i);
    expect(copy.purpose.guidanceNote).toMatch(/guidance/i);
  });

  it('quotes no figure that the reference file does not have', () => {
    const text = ['layers.yaml', 'targets.yaml', 'words.yaml']
      .map((f) => readFileSync(resolve(process.cwd(), 'src/content/estimator', f), 'utf8'))
      .join('\n')
      .replace(/^\s*#.*$/gm, '');
    const numbers = new Set(text.match(/\d[\d,.]*\d|\d/g)!.map((n) => n.replace(/[,.]$/, '')));
    // every number in the reference file's tables and citations that the estimator quotes
    const reference = readFileSync(resolve(process.cwd(), 'test/unit/estimator/allowed-figures.txt'), 'utf8');
    const allowed = new Set(reference.split(/\s+/).filter(Boolean));
    expect([...numbers].filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('writes numbers with templates that show the number and fill every placeholder', () => {
    const { numbers } = loadWords();
    const templates: [string, string, readonly string[]][] = [
      ['thousands', numbers.thousands, ['n']],
      ['millions', numbers.millions, ['n']],
      ['notAvailable', numbers.notAvailable, []],
    ];
    for (const [unit, words] of Object.entries(numbers.units)) {
      templates.push([`${unit}.range`, words.range, ['min', 'max']]);
      for (const [form, template] of Object.entries(words))
        if (form !== 'range') templates.push([`${unit}.${form}`, template, ['n']]);
    }
    // each template uses exactly the placeholders it is given: none left on the page, no number lost
    const wrong = templates.filter(
      ([, template, names]) => placeholders(template).sort().join() !== [...names].sort().join(),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
    expect(templates.length).toBeGreaterThan(6);
    // a unit must say how to write any count ("other")
    const { other: _, ...withoutOther } = numbers.units.people;
    expect(
      estimatorWordsSchema.safeParse({
        ...loadWords(),
        numbers: { ...numbers, units: { ...numbers.units, people: withoutOther } },
      }).success,
    ).toBe(false);
  });

  it('says the “close to typical” band is the site’s choice, not a finding', () => {
    expect(loadWords().circles.bandNote).toMatch(/factor of two/);
    expect(loadWords().circles.bandNote).toMatch(/presentation choice, not a research finding/);
  });

  it('links sources over https only', () => {
    const copy = loadWords();
    for (const s of copy.sources) if (s.url) expect(s.url.startsWith('https://')).toBe(true);
    const withHttp = { ...copy, sources: [{ text: 'x', url: 'http://example.org/' }] };
    expect(estimatorWordsSchema.safeParse(withHttp).success).toBe(false);
    const withScript = { ...copy, sources: [{ text: 'x', url: 'javascript:alert(1)' }] };
    expect(estimatorWordsSchema.safeParse(withScript).success).toBe(false);
  });
});
