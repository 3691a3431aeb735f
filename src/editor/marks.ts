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
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
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
