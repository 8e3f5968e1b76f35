/**
 * The app icons a phone puts on its home screen: the favicon's white U on the site's accent
 * color (public/favicon.svg is the one drawing), as PNGs of the sizes Chromium asks for. The
 * maskable icon fills its square edge to edge; the U stays inside the safe circle a launcher
 * may crop to (80% of the width), as it does in the favicon.
 */
import { Resvg } from '@resvg/resvg-js';
import favicon from '../../public/favicon.svg?raw';

export interface AppIcon {
  /** the file under icons/, without ".png" */
  readonly name: string;
  readonly size: number;
  readonly purpose: 'any' | 'maskable';
}

export const appIcons: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
];

/** The icon's drawing: the favicon with rounded corners, or filling its square for a launcher's mask. */
export function iconSvg(icon: AppIcon): string {
  const corners = / rx="[\d.]+"/;
  if (!corners.test(favicon)) throw new Error('public/favicon.svg: expected a background rect with rounded corners');
  return icon.purpose === 'maskable' ? favicon.replace(corners, '') : favicon;
}

/** The icon drawn at its size (the build writes it as a PNG: src/pages/icons/[icon].png.ts). */
export function renderIcon(icon: AppIcon) {
  return new Resvg(iconSvg(icon), {
    fitTo: { mode: 'width', value: icon.size },
    font: { loadSystemFonts: false },
  }).render();
}
