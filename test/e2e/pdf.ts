/** Reading a PDF that Chromium printed: its pages and the drawing operators of its content. */
import { inflateSync } from 'node:zlib';

/** The decompressed content of every Flate stream in the file, joined. */
export function pdfContent(pdf: Buffer): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    let from = start + 'stream'.length;
    if (pdf[from] === 0x0d) from++;
    if (pdf[from] === 0x0a) from++;
    const end = pdf.indexOf('endstream', from, 'latin1');
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(from, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font): not drawing operators.
    }
    at = end + 'endstream'.length;
  }
  return out.join('\n');
}

/** Whether the content fills with an RGB colour (each channel within 1/255). */
export function fillsWith(content: string, [r, g, b]: [number, number, number]): boolean {
  const near = (v: string, c: number) => Math.abs(Number(v) * 255 - c) <= 1;
  for (const m of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:rg|sc|scn)\b/g)) {
    if (near(m[1] as string, r) && near(m[2] as string, g) && near(m[3] as string, b)) return true;
  }
  return false;
}
