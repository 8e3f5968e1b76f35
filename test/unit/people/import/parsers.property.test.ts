import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText, readFile } from '@/tools/people/import/read';
import { csvField, LINKEDIN_HEADER, LINKEDIN_NOTES } from '../../../support/people-fixtures';

const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();
/** any text a field may hold: commas, quotes, semicolons, line breaks, emoji, right-to-left letters */
const field = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r\n', 'é', '🌟', 'ل', 'ש', '\t', "'", '='),
  maxLength: 12,
});
const row = fc.record({
  first: field.filter((s) => clean(s) !== ''),
  last: field,
  company: field,
  position: field,
});

describe('the CSV parser: every valid row survives', () => {
  it('whatever the fields hold, the delimiter, the byte-order mark and the notes before the header', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(',', ';'),
        fc.boolean(),
        fc.boolean(),
        (rows, d, bom, notes) => {
          const header = LINKEDIN_HEADER.split(',').join(d);
          const lines = rows.map((r) =>
            [r.first, r.last, '', '', r.company, r.position, ''].map((v) => csvField(v, d)).join(d),
          );
          const text = `${bom ? '\uFEFF' : ''}${[...(notes ? LINKEDIN_NOTES : []), header, ...lines].join('\r\n')}`;
          const result = parseText(text);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.people.map((p) => [p.name, p.organization, p.title])).toEqual(
            rows.map((r) => [
              [clean(r.first), clean(r.last)].filter(Boolean).join(' '),
              clean(r.company),
              clean(r.position),
            ]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('any garbage yields a result or a message, never a throw', () => {
  it('bytes of any kind, under any file name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
          fc.uint8Array({ maxLength: 400 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
        ),
        fc.constantFrom('Connections.csv', 'a.zip', 'b.vcf', 'c'),
        async (bytes, name) => {
          const result = await readFile(new Blob([bytes]), name);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('text that starts like a CSV or a vCard and goes wrong', () => {
    const noise = fc.string({
      unit: fc.constantFrom(
        'BEGIN:VCARD',
        'END:VCARD',
        '\r\n',
        ' ',
        ':',
        ';',
        '=',
        '=0',
        'N:',
        'FN:',
        'ENCODING=QUOTED-PRINTABLE',
        '"',
        ',',
        'x',
        'CHARSET=nope',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.constantFrom('', 'BEGIN:VCARD\r\n', `${LINKEDIN_HEADER}\r\n`), noise, (start, rest) => {
        const result = parseText(start + rest);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) for (const p of result.people) expect(p.name !== '' || p.profileUrl !== '').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
