/**
 * Growth pass: a rate of change and what changed ("The economy grew by 10.9 percent": economic
 * (GDP) growth; ", up 5 percent" after a figure: that figure's growth).
 *
 * @module
 */
import { type MeasurePass, own } from './types.js';
import { economy, QUALIFIED, VERB, words } from './words.js';

/** "grew by 10.9 percent", ", up 5 percent" after a figure: the growth of what grew. */
export const growthMeasure: MeasurePass = ({ figure: f, subject }) => {
  if (f.kind !== 'percent') return null;
  const previous = f.previous;
  const near = f.text.slice(Math.max(0, f.start - 30), f.start);
  // "cargo throughput rose 6.7 percent and its container throughput 15.3 percent": the verb of
  // the clause before is left out; the change is of the noun named here.
  const gapped = /\band\s+(?:its|their|the)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s+$/i.exec(
    f.text.slice(Math.max(0, f.start - 60), f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
  )?.[1];
  const change =
    previous && previous.end <= f.start && / (growth|decline)$/.exec(previous.measure)?.[1];
  if (gapped && change && !VERB.test(` ${gapped} `)) return own(`${gapped} ${change}`);
  if (previous && previous.end <= f.start && /,\s*(?:up|down)\s+(?:by\s+)?$/i.test(near))
    return {
      measure: `${previous.measure} ${/down\s+(?:by\s+)?$/i.test(near) ? 'decline' : 'growth'}`,
      refers: true,
    };
  if (
    !/\b(?:grew|grown|rose|risen|increased|expanded|climbed|jumped|went up)\s+(?:by\s+)?$/i.test(
      near,
    )
  )
    return null;
  const base = subject
    .replace(/\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\s'’-]*$/u, '')
    .replace(/^economy$/i, 'economic');
  if (words(base).length > 5) return null;
  return own(
    /^economic$/i.test(base)
      ? 'economic (GDP) growth'
      : /\s(?:in|of|for)\s/.test(base)
        ? `growth in ${base}`
        : `${economy(base)} growth`,
  );
};

/** A rate after a growth rate, with its own subject: "Exports rose 3 percent" after it. */
export const growthAfterGrowth: MeasurePass = ({ figure: f, subject }) => {
  const previous = f.previous;
  if (
    f.kind !== 'percent' ||
    !previous ||
    previous.end > f.start ||
    !/ growth$/.test(previous.measure) ||
    !subject ||
    words(subject).length > 4
  )
    return null;
  const fell = /\b(?:fell|declined|dropped|decreased|shrank|went down)\s+(?:by\s+)?$/i.test(
    f.text.slice(0, f.start),
  );
  return own(`${subject} ${fell ? 'decline' : 'growth'}`);
};
