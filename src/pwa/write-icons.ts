// Writes the installed app's icons (src/pwa/icons.ts) to public/icons/: `npx tsx src/pwa/write-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { drawIcon, encodePng, ICONS } from './icons.ts';

const dir = new URL('../../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const { file, size, maskable } of ICONS) {
  const png = encodePng(size, drawIcon(size, maskable));
  writeFileSync(new URL(file, dir), png);
  console.log(`${file}: ${size}x${size}, ${png.length} bytes`);
}
