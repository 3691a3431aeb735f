/**
 * The article cut into segments at every drafted span's ends, so the whole text can be shown
 * with each span marked, and a selection in it turned back into offsets.
 *
 * @module
 */
import type { DraftSpan } from './engine.js';
import type { Range } from './passages.js';

/** A run of text covered by the same spans. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The spans covering it, the narrowest first. */
  spans: DraftSpan[];
  /** Spans that begin here. */
  starting: DraftSpan[];
}

/** Cuts `text` at every span boundary; spans outside the text or empty are ignored. */
export function segmentsOf(text: string, spans: readonly DraftSpan[]): Segment[] {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const cuts = new Set([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  // One sweep: the spans open at each point are those begun at or before it and not yet ended.
  let open: DraftSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    open = open.filter((s) => s.end > start);
    while (next < valid.length && (valid[next] as DraftSpan).start <= start) {
      open.push(valid[next] as DraftSpan);
      next++;
    }
    const covering = open.filter((s) => s.end >= end);
    covering.sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      spans: covering,
      starting: covering.filter((s) => s.start === start),
    });
  }
  return out;
}

/**
 * The segments in runs of about `size` characters, for drawing a long article a run at a time:
 * a run ends after a line break, so a text segment with one may be cut in two there; a marked
 * segment is never cut. Every character stays in order, in exactly one run.
 */
export function runsOf(segments: readonly Segment[], size = 4096): Segment[][] {
  const runs: Segment[][] = [];
  let run: Segment[] = [];
  let length = 0;
  for (const seg of segments) {
    let rest = seg;
    while (!rest.spans.length && length + rest.text.length > size) {
      const at = rest.text.indexOf('\n', Math.max(0, size - length - 1));
      if (at < 0 || at + 1 >= rest.text.length) break;
      const cut = rest.start + at + 1;
      run.push({ ...rest, end: cut, text: rest.text.slice(0, at + 1) });
      runs.push(run);
      run = [];
      length = 0;
      rest = { ...rest, start: cut, text: rest.text.slice(at + 1) };
    }
    run.push(rest);
    length += rest.text.length;
    if (length >= size && rest.text.endsWith('\n')) {
      runs.push(run);
      run = [];
      length = 0;
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The offset in the container's text of a DOM position inside it, counting only text nodes
 * (marks add elements, never text). `undefined` when the position is outside the container.
 */
export function offsetIn(container: Node, node: Node, offset: number): number | undefined {
  if (!container.contains(node)) return undefined;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A position between children: count the text before the child at `offset`.
    const child = node.childNodes[offset];
    if (!child) return textLengthBefore(container, node, true);
    return textLengthBefore(container, child, false);
  }
  const before = textLengthBefore(container, node, false);
  return before === undefined ? undefined : before + offset;
}

function textLengthBefore(container: Node, target: Node, after: boolean): number | undefined {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!after && (n === target || target.contains(n))) return total;
    if (
      after &&
      !target.contains(n) &&
      target.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING
    ) {
      return total;
    }
    total += (n as Text).data.length;
  }
  return total;
}

/**
 * Selects characters `range.start` to `range.end` of the container's text (its text nodes, as
 * {@link offsetIn} counts them); nothing changes when the container's text is shorter.
 */
export function selectIn(container: Node, range: Range, selection: Selection | null): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const dom = document.createRange();
  let seen = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = (n as Text).data.length;
    if (!started && range.start < seen + length) {
      dom.setStart(n, range.start - seen);
      started = true;
    }
    if (started && range.end <= seen + length) {
      dom.setEnd(n, range.end - seen);
      selection?.removeAllRanges();
      selection?.addRange(dom);
      return;
    }
    seen += length;
  }
}

/** The selection's range in the container's text, or `null` when it is empty or elsewhere. */
export function selectionIn(container: Node, selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const r = selection.getRangeAt(0);
  const start = offsetIn(container, r.startContainer, r.startOffset);
  const end = offsetIn(container, r.endContainer, r.endOffset);
  if (start === undefined || end === undefined || end <= start) return null;
  return { start, end };
}

/**
 * The offset in `text` of an offset in a text box showing it: a text box's value has every line
 * break as `\n`, so a `\r\n` of the text counts one there and two here.
 */
export function fromTextBoxOffset(text: string, offset: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen === offset) return i;
    if (!(text[i] === '\r' && text[i + 1] === '\n')) seen++;
  }
  return text.length;
}
