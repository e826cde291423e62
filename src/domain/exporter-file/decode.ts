/*
 * The bytes of an imported file as text: UTF-8, UTF-16 (by its BOM, or by its zero bytes without one), or GBK as Excel writes it on
 * a Chinese Windows, and whether that text is a binary file rather than a table.
 */

export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16' | 'gbk' };

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 with a flaw: one stray byte, or a file
 * cut short in the middle of a character. Read as GBK, such a file would come out garbled from
 * the first row to the last (and its Chinese headers unrecognised) for one bad byte. GBK text
 * forms a valid UTF-8 sequence only now and then, so it has far more stray bytes than bytes in
 * sequences; UTF-8 with a flaw has the opposite.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let inSequences = 0;
  let stray = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    let k = 1;
    while (k < size && i + k < n && ((bytes[i + k] ?? 0) & 0xc0) === 0x80) k++;
    // A character the end of the file cut short says nothing about the encoding.
    if (k < size && i + k === n) break;
    if (size > 1 && k === size) inSequences += size;
    else stray += k;
    i += k;
  }
  return stray === 0 || inSequences > stray;
}

/**
 * UTF-16 saved without its BOM: a table's tabs, commas, digits and line breaks are ASCII, so
 * one byte of each such pair is zero, always on the same side. UTF-8 and GBK text has no zero
 * bytes at all, and a binary file has them on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.2 && evenZeros <= oddZeros * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.2 && oddZeros <= evenZeros * 0.02) return 'utf-16be';
  return undefined;
}

export function decode(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  // Before UTF-8: ASCII in UTF-16 is valid UTF-8, NULs and all.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 throughout: most likely a CSV saved by Excel on a Chinese Windows, which writes GBK.
  }
  if (mostlyUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  } catch {
    // A runtime without the GBK decoder (Node built with small-icu): read what UTF-8 can.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
}

/** NULs, stray control characters or many undecodable bytes: a binary file, not a table. */
export function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 1 << 16);
  let bad = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad > sample * 0.02;
}
