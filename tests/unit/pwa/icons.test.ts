// The installed app's icons: the committed PNGs are the drawing in src/pwa/icons.ts, pixel for
// pixel, at the sizes the manifest declares, and the maskable one keeps its picture inside the
// safe circle.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICONS } from '../../../src/pwa/icons.ts';

const publicFile = (path: string) => readFileSync(new URL(`../../../public/${path}`, import.meta.url));

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

/** Size, colour type and pixels of an 8-bit RGBA PNG whose rows are unfiltered (as encodePng writes). */
function decode(png: Buffer): { width: number; height: number; colourType: number; pixels: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const width = header!.readUInt32BE(0);
  const height = header!.readUInt32BE(4);
  const rows = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    const start = row * (width * 4 + 1);
    expect(rows[start]).toBe(0);
    pixels.set(rows.subarray(start + 1, start + 1 + width * 4), row * width * 4);
  }
  return { width, height, colourType: header![9]!, pixels };
}

describe('the app icons', () => {
  const manifest = JSON.parse(publicFile('manifest.webmanifest').toString('utf8')) as { icons: ManifestIcon[] };

  it('are listed in the manifest with their sizes and purposes', () => {
    expect(manifest.icons).toEqual(
      ICONS.map(({ file, size, maskable }) => ({
        src: `icons/${file}`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: maskable ? 'maskable' : 'any',
      })),
    );
  });

  it.each(ICONS)('$file is the drawing at $size px', ({ file, size, maskable }) => {
    const png = decode(publicFile(`icons/${file}`));
    expect([png.width, png.height, png.colourType]).toEqual([size, size, 6]);
    expect(Buffer.from(png.pixels).equals(Buffer.from(drawIcon(size, maskable)))).toBe(true);
  });

  it('fills the maskable tile to its corners, and keeps the line and point inside the safe circle', () => {
    const size = 512;
    const { pixels } = decode(publicFile('icons/icon-maskable-512.png'));
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)).toEqual([0x0b, 0x53, 0x94, 255]);
    expect(at(size - 1, size - 1)).toEqual([0x0b, 0x53, 0x94, 255]);
    // Outside the central circle of radius 40% of the size, every pixel is the plain tile.
    const drawnOutside: string[] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const outside = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > 0.4 * size;
        if (outside && at(x, y).join() !== '11,83,148,255') drawnOutside.push(`${x},${y}`);
      }
    }
    expect(drawnOutside).toEqual([]);
  });

  it('round the corners of the plain icons (transparent outside the tile)', () => {
    const { pixels } = decode(publicFile('icons/icon-192.png'));
    expect(pixels[3]).toBe(0);
    expect(pixels[(96 * 192 + 96) * 4 + 3]).toBe(255);
  });
});
