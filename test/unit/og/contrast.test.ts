import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/og/contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white, in either order, and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('gives the WCAG figure for a mid grey on white (4.48)', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.478, 3);
  });

  it('uses the linear part of the curve for very dark channels', () => {
    // #0a0a0a: 10/255 is below 0.04045, so its luminance is (10/255)/12.92
    expect(contrastRatio('#0a0a0a', '#000000')).toBeCloseTo((10 / 255 / 12.92 + 0.05) / 0.05, 10);
  });

  it.each(['#fff', 'x#000000', '#0000000', '#00000000', 'red', '#gggggg'])('refuses %j, naming it', (hex) => {
    expect(() => contrastRatio(hex, '#000000')).toThrow(`Not a #rrggbb colour: ${hex}`);
  });
});
