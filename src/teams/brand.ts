/**
 * The app's colours in Teams. The colour icon's background is the manifest's accentColor, so the
 * icon and the tile Teams draws around it match.
 */
export const BRAND = {
  accent: '#0F5F73',
  /** The glyph drawn on the accent background (and the only colour of the outline icon). */
  glyph: '#FFFFFF',
} as const;

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}
