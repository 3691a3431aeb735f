/**
 * Durations pass: how long a stay, a drive, a construction, an age ("stayed for more than 10
 * minutes", "two hours from Xichang", "nine years to build"); sizes in one word
 * ("19-km-long pedestrian walkway", "600-year-old village").
 *
 * @module
 */
import { type MeasureInput, type MeasurePass, NOT_A_FIGURE, own } from './types.js';
import { theSubject } from './words.js';

/** A duration's measure: how long a stay, a drive, a construction, an age. */
function duration(f: MeasureInput, after: string): string | null {
  const near = f.text.slice(Math.max(0, f.start - 50), f.start);
  if (/\bstay(?:ed|ing|s)?\b/i.test(near)) return 'length of stay';
  if (/^\s*(?:to|in order to)\s+(?:build|complete|construct|finish)\b/i.test(after))
    return 'construction time';
  if (
    /\b(?:drive|drove|driving|drives|ride|rode|flight|flew|journey|travel(?:l?ed|s)?|walk(?:ed)?)\b/i.test(
      `${near} ${after.slice(0, 12)}`,
    )
  ) {
    // "from Xichang"; "as soon as his plane lands in Hefei, he drives ...": from Hefei.
    const from =
      /\b(?:from|lands?\s+in|landed\s+in|landing\s+in)\s+((?:the\s+)?(?:city\s+of\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)/u.exec(
        `${near} ${after.slice(0, 60)}`,
      );
    return from?.[1]
      ? `travel time from ${from[1].replace(/^(?:the\s+)?(?:city\s+of\s+)?/i, '')}`
      : 'travel time';
  }
  if (/\b(?:working|operating|in operation|running|open)\s+for\s+$/i.test(near))
    return 'years in operation';
  if (/\b(?:old|ago)$|-old$/.test(f.text.slice(f.at, f.end))) return `age of ${theSubject(f)}`;
  return null;
}

/** Words that end the noun a one-word size qualifies: "village known for", "bridge that". */
const NOT_NOUN =
  '(?:of|in|on|at|to|and|or|that|which|who|where|with|by|for|from|near|off|over|across|along|beside|known|located|famous|renowned|noted|built|founded|set|nestled|dating|home|is|was|are|were|has|had)\\b';

/** A one-word size ("19-km-long pedestrian walkway"): the dimension of the thing after it. */
function size(f: MeasureInput, after: string): string {
  const word = f.text.slice(f.at, f.end);
  const dim = /-(?:long)$/.test(word)
    ? 'length'
    : /-(?:high|tall)$/.test(word)
      ? 'height'
      : /-wide$/.test(word)
        ? 'width'
        : /-deep$/.test(word)
          ? 'depth'
          : /-old$/.test(word)
            ? 'age'
            : /-(?:storey|story)$/.test(word)
              ? 'height'
              : /-lane$/.test(word)
                ? 'lanes'
                : /-(?:hectare|acre|mu|square-\w+)$/.test(word)
                  ? 'area'
                  : /-(?:megawatt|kilowatt)$/.test(word)
                    ? 'capacity'
                    : 'length';
  // "a 600-year-old village known for its tea": the noun, not what the words after say of it.
  const noun = new RegExp(
    `^\\s+(?:\\([^)]*\\)\\s+)?((?:(?!${NOT_NOUN})[a-z-]+\\s+){0,2}(?!${NOT_NOUN})[a-z-]+)`,
  ).exec(after);
  return noun?.[1] ? `${dim} of the ${noun[1]}` : dim;
}

/** A one-word size: the dimension of the thing after it. */
export const sizeMeasure: MeasurePass = ({ figure: f, after }) =>
  f.kind === 'size' ? own(size(f, after)) : null;

/** A duration whose words say what lasted. */
export const durationMeasure: MeasurePass = ({ figure: f, after }) => {
  if (f.kind !== 'time') return null;
  const d = duration(f, after);
  return d ? own(d) : null;
};

/**
 * A duration no pass before it named measures nothing the sentence names ("who has picked tea
 * for thirty years" is a person's story, not a figure).
 */
export const durationUnnamed: MeasurePass = ({ figure: f }) =>
  f.kind === 'time' ? NOT_A_FIGURE : null;
