// Test helper shared by the importer's tests.

/** GBK bytes for a text, from a reverse table of Node's GBK decoder (TextEncoder only writes UTF-8). */
export function gbkEncoder(): (text: string) => Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else {
        const pair = table.get(ch);
        if (!pair) throw new Error(`no GBK code for ${ch}`);
        bytes.push(...pair);
      }
    }
    return new Uint8Array(bytes);
  };
}
