/**
 * Checks visits files with the rules the element applies, and more that need the files at hand:
 * the format of every record, each point inside its stated province of the base map, each
 * article's file present with the SHA-256 the dataset records, and every quote and figure at
 * offsets that hold exactly its text.
 *
 * Usage: npm run check-data -- FILE...
 * Prints one line per problem and a summary per file; exits 1 when any file has a problem,
 * 2 when no file is given. Article paths (`file`) are relative to the repository root.
 *
 * Runs the TypeScript model itself through `tsx` (see package.json), so the rules cannot drift.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseMap from '../data/basemap/basemap.topo.json' with { type: 'json' };
import { type BaseMapTopology, baseMapFeatures } from '../src/map/basemap-data.js';
import { checkArticleFiles } from '../src/model/articles.js';
import { type LoadResult, parseVisits } from '../src/model/load.js';
import { checkPassages } from '../src/model/passages.js';
import type { Problem } from '../src/model/problems.js';
import { readVisitsBytes } from '../src/model/read.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const provinces = baseMapFeatures(baseMap as unknown as BaseMapTopology).provinces.features;

/** Reads an article's file: its text and digest, or `undefined` when it cannot be read. */
function readArticle(file: string): { text: string; sha256: string } | undefined {
  try {
    const bytes = readFileSync(resolve(ROOT, file));
    return {
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch {
    return undefined;
  }
}

/** Every problem of one visits file, and the counts of what it holds. */
function checkFile(path: string): { problems: Problem[]; result?: LoadResult } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      problems: [
        {
          record: 'file',
          path: '',
          expected: 'a readable file',
          received: why,
          message: `The file cannot be read (${why}).`,
        },
      ],
    };
  }
  const read = readVisitsBytes(bytes);
  if (!read.ok) return { problems: [read.problem] };
  const result = parseVisits(read.json, { provinces });
  const files = new Map(result.articles.map((a) => [a.id, readArticle(a.file)]));
  const texts = new Map<string, string>();
  for (const [id, f] of files) if (f) texts.set(id, f.text);
  const readable = (id: string) => texts.has(id);
  const subset = {
    articles: result.articles.filter((a) => readable(a.id)),
    statistics: result.statistics.filter((s) => readable(s.article)),
    visits: result.visits.filter((v) => readable(v.properties.article)),
    quotes: result.quotes.filter((q) => readable(q.article ?? '')),
  };
  const digests = new Map([...files].map(([id, f]) => [id, f?.sha256]));
  return {
    problems: [
      ...result.problems,
      ...checkArticleFiles(result.articles, digests),
      ...checkPassages(subset, texts),
    ],
    result,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function main(args: string[]): number {
  if (args.length === 0) {
    console.error('Usage: npm run check-data -- FILE...');
    return 2;
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let failed = 0;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const name = relative(cwd, path) || arg;
    const { problems, result } = checkFile(path);
    for (const p of problems) console.log(`${name}: ${p.message}`);
    const held = result
      ? `${plural(result.counts.visits, 'visit')}, ${plural(result.counts.statistics, 'national figure')}, ${plural(result.counts.articles, 'article')}`
      : 'not read';
    const verdict = problems.length ? plural(problems.length, 'problem') : 'no problems';
    console.log(`${name}: ${held}: ${verdict}`);
    if (problems.length) failed++;
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
