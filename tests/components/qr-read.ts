import jsQR from 'jsqr';

const SCALE = 6;

/**
 * Reads a drawn code back as a phone would: the SVG's one path of dark modules painted, at
 * SCALE pixels a module, onto white, and handed to a QR reader (jsqr).
 */
export function decode(svg: Element): string | undefined {
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  const width = side * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * SCALE; row < (Number(y) + 1) * SCALE; row++)
      for (let col = Number(x) * SCALE; col < (Number(x) + Number(run)) * SCALE; col++)
        pixels.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
  }
  return jsQR(pixels, width, width)?.data;
}
