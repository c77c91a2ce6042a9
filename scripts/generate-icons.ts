/**
 * Writes the app icons (public/icons/*.png): a blue rounded square with a white page of
 * text lines. Plain PNG encoding with node:zlib, so no image tool is needed.
 * Run: npx tsx scripts/generate-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [37, 99, 235];
const WHITE = [255, 255, 255];
const LINE = [147, 197, 253];

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** `maskable` fills the square (the platform crops it); otherwise corners are rounded and transparent. */
function icon(size: number, maskable: boolean): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const radius = maskable ? 0 : size * 0.2;
  const inset = maskable ? size * 0.22 : size * 0.2;
  const page = { x0: inset + size * 0.08, x1: size - inset - size * 0.08, y0: inset, y1: size - inset };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
      const inside = dx * dx + dy * dy <= radius * radius;
      let colour = BLUE;
      if (x >= page.x0 && x < page.x1 && y >= page.y0 && y < page.y1) {
        colour = WHITE;
        const row = (y - page.y0) / (page.y1 - page.y0);
        const line = Math.floor(row * 8);
        const inLine = line >= 1 && line <= 6 && row * 8 - line > 0.45;
        const lineEnd = line === 1 ? 0.6 : line === 6 ? 0.7 : 0.85;
        if (inLine && x > page.x0 + size * 0.05 && x < page.x0 + (page.x1 - page.x0) * lineEnd) colour = line === 1 ? BLUE : LINE;
      }
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = colour[0]!;
      raw[at + 1] = colour[1]!;
      raw[at + 2] = colour[2]!;
      raw[at + 3] = inside ? 255 : 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), icon(192, false));
writeFileSync(new URL('icon-512.png', out), icon(512, false));
writeFileSync(new URL('icon-maskable-512.png', out), icon(512, true));
writeFileSync(new URL('apple-touch-icon.png', out), icon(180, true));
