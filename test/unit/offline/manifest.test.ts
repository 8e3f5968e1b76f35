import { describe, expect, it } from 'vitest';
import { SITE } from '../../../src/config';
import { appIcons, renderIcon } from '../../../src/offline/icons';
import { webManifest } from '../../../src/offline/manifest';

describe('the web app manifest', () => {
  for (const base of ['/', '/sub/', '/upproach/']) {
    it(`keeps every address under the base path ${base}`, () => {
      const manifest = webManifest(base);
      expect(manifest.start_url).toBe(base);
      expect(manifest.scope).toBe(base);
      expect(manifest.id).toBe(base);
      for (const icon of manifest.icons) expect(icon.src.startsWith(`${base}icons/`), icon.src).toBe(true);
    });
  }

  it('names the site as the site names itself, and opens as an app', () => {
    const manifest = webManifest('/');
    expect(manifest.short_name).toBe(SITE.name);
    expect(manifest.name).toBe(SITE.title);
    expect(manifest.display).toBe('standalone');
  });

  it('lists the PNG icons Chromium asks for: 192 and 512 pixels, and a maskable one', () => {
    const icons = webManifest('/').icons;
    const has = (size: number, purpose: string) =>
      icons.some((i) => i.sizes === `${size}x${size}` && i.purpose === purpose && i.type === 'image/png');
    expect(has(192, 'any')).toBe(true);
    expect(has(512, 'any')).toBe(true);
    expect(has(512, 'maskable')).toBe(true);
  });
});

describe('the app icons', () => {
  /** the icon drawn, and the RGBA of its pixel at (x, y) (resvg copies its pixels on each read: read once) */
  const drawn = (icon: (typeof appIcons)[number]) => {
    const image = renderIcon(icon);
    const pixels = image.pixels;
    return {
      size: [image.width, image.height],
      pixel: (x: number, y: number) => [...pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)],
    };
  };
  const accent = [0x0a, 0x5a, 0x78, 255];

  for (const icon of appIcons) {
    it(`${icon.name} is drawn at ${icon.size} pixels, the site's U on its accent color`, () => {
      const { size, pixel } = drawn(icon);
      expect(size).toEqual([icon.size, icon.size]);
      expect(pixel(icon.size / 2, Math.round(icon.size * 0.2))).toEqual(accent); // above the U
      expect(pixel(Math.round(icon.size * 0.34), icon.size / 2)).toEqual([255, 255, 255, 255]); // its left stroke
    });
  }

  it('the maskable icon fills its square, and its white U stays inside the circle a launcher may crop to', () => {
    const icon = appIcons.find((i) => i.purpose === 'maskable')!;
    const { pixel } = drawn(icon);
    const c = icon.size / 2;
    let outside = 0;
    let clear = 0;
    for (let y = 0; y < icon.size; y++)
      for (let x = 0; x < icon.size; x++) {
        const [r, , , a] = pixel(x, y);
        if (a !== 255) clear++;
        if (Math.hypot(x + 0.5 - c, y + 0.5 - c) > icon.size * 0.4 && r! > 0x0a) outside++;
      }
    expect(clear, 'pixels not fully drawn').toBe(0);
    expect(outside, 'pixels of the U outside the safe circle').toBe(0);
  });

  it('the other icons keep the favicon’s rounded corners', () => {
    for (const icon of appIcons.filter((i) => i.purpose === 'any')) expect(drawn(icon).pixel(0, 0)[3]).toBe(0);
  });
});
