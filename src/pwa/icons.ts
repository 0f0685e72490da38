// The installed app's icons, drawn as PNG bytes from the favicon's shapes (public/favicon.svg: a
// blue tile, a white rising line, a yellow point), so the three stay one picture. Shapes are
// signed distance functions in the favicon's 32-unit square, antialiased by the pixel's distance
// to each edge. `npx tsx src/pwa/write-icons.ts` writes them to public/icons/; a unit test holds
// the committed files to this drawing.
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

const BLUE: Rgb = [0x0b, 0x53, 0x94];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xf1, 0xc2, 0x32];
const UNITS = 32;
const LINE: readonly Point[] = [
  [6, 24],
  [13, 16],
  [18, 20],
  [26, 8],
];
const LINE_HALF_WIDTH = 1.5;
const POINT_RADIUS = 3;
const TILE_RADIUS = 6;
/**
 * A maskable icon may be cut to any shape inside the central circle of 40% of its size, so its
 * tile fills the square and the line and point shrink to fit that circle (the point's far edge at
 * 11.9 of 12.8 units from the centre).
 */
const MASKABLE_SCALE = 0.75;

export interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

/** The manifest's icons (public/manifest.webmanifest lists the same files and sizes). */
export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function roundedSquareDistance([px, py]: Point, radius: number): number {
  const half = UNITS / 2;
  const qx = Math.abs(px - half) - (half - radius);
  const qy = Math.abs(py - half) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** RGBA pixels, rows top to bottom, straight (not premultiplied) alpha. */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unitsPerPixel = UNITS / size;
  const scale = maskable ? MASKABLE_SCALE : 1;
  const glyph = ([x, y]: Point): Point => [UNITS / 2 + (x - UNITS / 2) / scale, UNITS / 2 + (y - UNITS / 2) / scale];
  const cover = (distance: number, pixelUnits: number) => Math.max(0, Math.min(1, 0.5 - distance / pixelUnits));
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const p: Point = [(col + 0.5) * unitsPerPixel, (row + 0.5) * unitsPerPixel];
      // The line and point are drawn in their own (shrunk) coordinates: a pixel spans more units there.
      const g = glyph(p);
      const glyphPixel = unitsPerPixel / scale;
      const lineDistance = Math.min(...LINE.slice(1).map((end, i) => segmentDistance(g, LINE[i]!, end))) - LINE_HALF_WIDTH;
      const pointDistance = Math.hypot(g[0] - 26, g[1] - 8) - POINT_RADIUS;
      const layers: Array<[Rgb, number]> = [
        [BLUE, maskable ? 1 : cover(roundedSquareDistance(p, TILE_RADIUS), unitsPerPixel)],
        [WHITE, cover(lineDistance, glyphPixel)],
        [YELLOW, cover(pointDistance, glyphPixel)],
      ];
      let [r, gr, b, a] = [0, 0, 0, 0];
      for (const [[lr, lg, lb], la] of layers) {
        const out = la + a * (1 - la);
        if (out === 0) continue;
        r = (lr * la + r * a * (1 - la)) / out;
        gr = (lg * la + gr * a * (1 - la)) / out;
        b = (lb * la + b * a * (1 - la)) / out;
        a = out;
      }
      pixels.set([Math.round(r), Math.round(gr), Math.round(b), Math.round(a * 255)], (row * size + col) * 4);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of `size` x `size` pixels (each row unfiltered). */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rows.set(pixels.subarray(row * size * 4, (row + 1) * size * 4), row * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}
