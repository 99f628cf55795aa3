/**
 * Draws the Teams app icons (npm run teams:icons): a shield holding a speech bubble, i.e. a safe
 * place to ask. color.png is 192×192, the white glyph on the accent colour; outline.png is 32×32,
 * the same glyph in white on transparent (Teams accepts only white and transparency there).
 * The PNGs are committed; run this again only to change the design.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { BRAND, hexToRgb, type Rgb } from '../../src/teams/brand.js';

/** A point of the unit square, (0,0) top left. */
type Shape = (x: number, y: number) => boolean;

interface Glyph {
  shield: Shape;
  bubble: Shape;
  dots: Shape;
}

/** Shield with shoulders at the top and a pointed base, centred on x = 0.5. */
function shield(top: number, bottom: number, halfWidth: number): Shape {
  const waist = top + (bottom - top) * 0.45;
  return (x, y) => {
    const dx = Math.abs(x - 0.5);
    if (dx > halfWidth || y > bottom) return false;
    // The top edge dips a little towards the middle.
    if (y < top + 0.06 * halfWidth * (1 - (dx / halfWidth) ** 2)) return false;
    if (y <= waist) return true;
    return dx <= halfWidth * Math.cos(((y - waist) / (bottom - waist)) * (Math.PI / 2));
  };
}

function roundedRect(cx: number, cy: number, halfW: number, halfH: number, radius: number): Shape {
  return (x, y) => {
    const qx = Math.abs(x - cx) - (halfW - radius);
    const qy = Math.abs(y - cy) - (halfH - radius);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) <= radius;
  };
}

/** A triangle given by three corners. */
function triangle(a: readonly [number, number], b: readonly [number, number], c: readonly [number, number]): Shape {
  const side = (p: readonly [number, number], q: readonly [number, number], x: number, y: number) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s1 = side(a, b, x, y);
    const s2 = side(b, c, x, y);
    const s3 = side(c, a, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

/** The glyph scaled into the square: `scale` is the shield's height as a share of the icon. */
function glyph(scale: number, withDots: boolean): Glyph {
  const top = (1 - scale) / 2 - 0.01;
  const at = (share: number) => top + scale * share;
  const s = scale;
  const body = roundedRect(0.5, at(0.4), 0.2 * s, 0.14 * s, 0.06 * s);
  const tail = triangle([0.5 - 0.12 * s, at(0.5)], [0.5 - 0.01 * s, at(0.5)], [0.5 - 0.15 * s, at(0.66)]);
  const dot = (cx: number): Shape => (x, y) => Math.hypot(x - cx, y - at(0.4)) <= 0.035 * s;
  const dots = [dot(0.5 - 0.1 * s), dot(0.5), dot(0.5 + 0.1 * s)];
  return {
    shield: shield(top, top + scale, 0.4 * s),
    bubble: (x, y) => body(x, y) || tail(x, y),
    dots: (x, y) => withDots && dots.some((d) => d(x, y)),
  };
}

/** Averages `samples`² points per pixel, so edges are smooth. `paint` gives straight RGBA, 0-255. */
function render(size: number, samples: number, paint: (x: number, y: number) => readonly [number, number, number, number]): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = a / (samples * samples);
      png.data[i] = a ? Math.round(r / a) : 255;
      png.data[i + 1] = a ? Math.round(g / a) : 255;
      png.data[i + 2] = a ? Math.round(b / a) : 255;
      png.data[i + 3] = Math.round(alpha);
    }
  }
  return png;
}

export function colorIcon(): PNG {
  const accent: Rgb = hexToRgb(BRAND.accent);
  const white: Rgb = hexToRgb(BRAND.glyph);
  const g = glyph(0.62, true);
  return render(192, 4, (x, y) => {
    const onGlyph = g.shield(x, y) && (!g.bubble(x, y) || g.dots(x, y));
    return [...(onGlyph ? white : accent), 255] as const;
  });
}

export function outlineIcon(): PNG {
  const g = glyph(0.9, false);
  return render(32, 8, (x, y) => [255, 255, 255, g.shield(x, y) && !g.bubble(x, y) ? 255 : 0] as const);
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(here, 'color.png'), PNG.sync.write(colorIcon()));
  writeFileSync(join(here, 'outline.png'), PNG.sync.write(outlineIcon()));
  console.log(`icons written to ${here}`);
}
