import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadTeamsConfig } from '../src/config.js';
import { hexToRgb } from '../src/teams/brand.js';
import { buildManifest, ICON_FILES } from '../src/teams/manifest.js';
import { ICONS_DIR } from '../src/teams/package.js';
import { colorIcon, outlineIcon } from '../teams/icons/generate.js';
import { content } from './support/harness.js';

const read = (file: string): PNG => PNG.sync.read(readFileSync(join(ICONS_DIR, file)));
const pixels = (png: PNG): [number, number, number, number][] =>
  Array.from({ length: png.width * png.height }, (_, i) => [png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!, png.data[i * 4 + 3]!]);
const accent = buildManifest(loadTeamsConfig({ MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }), content, '1.0.0').accentColor;

describe('Teams icons', () => {
  it('color.png is 192×192, opaque, the glyph in white on the manifest accent colour', () => {
    const png = read(ICON_FILES.color);
    expect([png.width, png.height]).toEqual([192, 192]);
    const all = pixels(png);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    expect(all[0]!.slice(0, 3)).toEqual([...hexToRgb(accent)]);
    const white = all.filter(([r, g, b]) => r === 255 && g === 255 && b === 255).length;
    // A real glyph: a good part of the icon, but far from all of it.
    expect(white / all.length).toBeGreaterThan(0.1);
    expect(white / all.length).toBeLessThan(0.5);
  });

  it('outline.png is 32×32, only white and transparency, with a visible glyph', () => {
    const png = read(ICON_FILES.outline);
    expect([png.width, png.height]).toEqual([32, 32]);
    const all = pixels(png);
    expect(all.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
    const opaque = all.filter(([, , , a]) => a === 255).length;
    const clear = all.filter(([, , , a]) => a === 0).length;
    expect(opaque / all.length).toBeGreaterThan(0.2);
    expect(clear / all.length).toBeGreaterThan(0.2);
  });

  it('the committed icons are what teams/icons/generate.ts draws', () => {
    expect(Buffer.from(read(ICON_FILES.color).data).equals(Buffer.from(colorIcon().data))).toBe(true);
    expect(Buffer.from(read(ICON_FILES.outline).data).equals(Buffer.from(outlineIcon().data))).toBe(true);
  });
});
