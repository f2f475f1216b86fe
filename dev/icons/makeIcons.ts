// Draws the app's two Teams icons into assets/: a 192×192 colour icon and a 32×32 white outline on
// transparency. Run `npx tsx dev/icons/makeIcons.ts` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];
const ACCENT: Rgba = [0x1f, 0x4e, 0x79, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** An agenda sheet: a page with a folded corner and three lines of text, scaled to `size`. */
function agendaPixel(x: number, y: number, size: number, outlineOnly: boolean): boolean {
  const u = x / size;
  const v = y / size;
  const inPage =
    u >= 0.25 && u <= 0.75 && v >= 0.18 && v <= 0.82 && !(u > 0.6 && v < 0.33 && u - 0.6 > v - 0.18);
  if (!inPage) return false;
  const stroke = 1.5 / size;
  const border =
    u < 0.25 + stroke * 2 || u > 0.75 - stroke * 2 || v < 0.18 + stroke * 2 || v > 0.82 - stroke * 2;
  const line = [0.42, 0.54, 0.66].some((at) => Math.abs(v - at) < 0.03) && u > 0.33 && u < 0.67;
  return outlineOnly ? border || line : !line;
}

function draw(size: number, background: Rgba, foreground: Rgba, outlineOnly: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const colour = agendaPixel(x, y, size, outlineOnly) ? foreground : background;
      png.data.set(colour, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const assets = path.resolve(__dirname, '../../assets');
writeFileSync(path.join(assets, 'color.png'), draw(192, ACCENT, WHITE, false));
writeFileSync(path.join(assets, 'outline.png'), draw(32, CLEAR, WHITE, true));
console.log(`wrote ${assets}/color.png (192×192) and outline.png (32×32)`);
