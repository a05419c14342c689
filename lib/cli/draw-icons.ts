/**
 * Draws the extension's icon: a speech bubble on On Record's blue, one of its lines highlighted in the yellow that
 * marks officials on the page. The SVG below is the source; PNGs are rendered from it into public/icon/ at the
 * sizes the browsers ask for. Run `npm run icons` after changing it; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

const SIZES = [16, 32, 48, 128];

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#2457c5"/>
  <path d="M26 30h76a8 8 0 0 1 8 8v42a8 8 0 0 1-8 8H58l-22 18v-18H26a8 8 0 0 1-8-8V38a8 8 0 0 1 8-8z" fill="#ffffff"/>
  <rect x="30" y="44" width="68" height="14" rx="3" fill="#ffd60a"/>
  <rect x="30" y="64" width="48" height="10" rx="3" fill="#2457c5" opacity="0.55"/>
</svg>
`;

async function main() {
  const dir = resolve(import.meta.dirname, '../../public/icon');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    // Rendered at 8x and scaled down, so the small sizes stay crisp.
    const png = await sharp(Buffer.from(ICON_SVG), { density: (72 * size * 8) / 128 })
      .resize(size, size)
      .png()
      .toBuffer();
    writeFileSync(resolve(dir, `${size}.png`), png);
  }
  console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} in ${dir}`);
}

void main();
