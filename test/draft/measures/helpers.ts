import { expect } from 'vitest';
import { subjectOf } from '../../../src/draft/measures/words.js';
import type { FigureKind, MeasureInput, MeasurePass } from '../../../src/draft/measures.js';

/** Optional parts of a figure: its unit, counted words, the figure before it. */
export interface FigureParts {
  unit?: string;
  counted?: string;
  previous?: MeasureInput['previous'];
  context?: string;
}

/**
 * The figure worded `wording` in the sentence `text`, as the figures pass gives it to the
 * measure passes: its start, its number's start and its end in the sentence.
 */
export function figureIn(
  text: string,
  wording: string,
  kind: FigureKind,
  parts: FigureParts = {},
): MeasureInput {
  const start = text.indexOf(wording);
  expect(start, `"${wording}" in "${text}"`).toBeGreaterThanOrEqual(0);
  const digit = /\d|half|one|two|three|four|five|six|seven|eight|nine|ten/i.exec(wording);
  return {
    text,
    start,
    at: start + (digit?.index ?? 0),
    end: start + wording.length,
    kind,
    unit: parts.unit ?? '',
    counted: parts.counted ?? '',
    previous: parts.previous ?? null,
    context: parts.context,
  };
}

/** What one pass answers for the figure worded `wording` in `text`. */
export function answer(
  pass: MeasurePass,
  text: string,
  wording: string,
  kind: FigureKind,
  parts: FigureParts = {},
) {
  const figure = figureIn(text, wording, kind, parts);
  return pass({
    figure,
    after: text.slice(figure.end, figure.end + 100),
    subject: subjectOf(text, figure.start),
  });
}

/** The measure one pass names, or `null` when the shape is not its own. */
export function measured(
  pass: MeasurePass,
  text: string,
  wording: string,
  kind: FigureKind,
  parts: FigureParts = {},
): string | null {
  const verdict = answer(pass, text, wording, kind, parts);
  return verdict && typeof verdict === 'object' ? verdict.measure : null;
}
