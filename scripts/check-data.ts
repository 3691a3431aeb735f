/**
 * Checks visits files with the rules the element applies, and more that need the files at hand:
 * the format of every record, each point inside its stated province of the base map, each
 * article's file present with the SHA-256 the dataset records, every quote and figure at
 * offsets that hold exactly its text (UTF-16 code units, as JavaScript counts), and each review
 * note, reported as a problem until a person settles it.
 *
 * Usage: npm run check-data [-- FILE...]
 * With no FILE, checks every visits file (`*.geojson`) in `data/` (the current directory's, else
 * the repository's). Prints one line per problem and a summary per file; exits 1 when any file
 * has a problem, 2 when there is no file to check. An article's `file` is relative to the folder
 * that holds the visits file's `data/` folder (`data/articles/<id>.txt`), else to the repository;
 * it is read only when it stays inside that `data/articles/` (no `..`, no absolute path, no link
 * leading out, a regular file), and every read is bounded (see `bounded-read.ts`).
 *
 * Runs the TypeScript model itself through `tsx` (see package.json), so the rules cannot drift.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadResult } from '../src/model/load.js';
import { checkFile, ROOT } from './check-file.js';

const USAGE = [
  'Usage: npm run check-data [-- FILE...]',
  'With no FILE, checks every *.geojson file in data/. Offsets count UTF-16 code units, as JavaScript does.',
].join('\n');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 articles, 4 visits, 3 figures and 1 quote outside visits": what the file holds. */
function holds({ counts }: LoadResult): string {
  const outside = [plural(counts.statistics, 'figure')];
  if (counts.quotes) outside.push(plural(counts.quotes, 'quote'));
  return `${plural(counts.articles, 'article')}, ${plural(counts.visits, 'visit')}, ${outside.join(' and ')} outside visits`;
}

/** The visits files of `data/` in `cwd`, else in the repository. */
function defaultFiles(cwd: string): string[] {
  const data = existsSync(join(cwd, 'data')) ? join(cwd, 'data') : join(ROOT, 'data');
  return readdirSync(data)
    .filter((name) => name.endsWith('.geojson'))
    .sort()
    .map((name) => join(data, name));
}

/** Where the checker writes its lines, and the folder it runs from (`npm`'s `INIT_CWD`). */
export interface CheckOutput {
  cwd: string;
  stdout(text: string): void;
  stderr(line: string): void;
}

/**
 * The command, run in this process: `args` as after `npm run check-data --`. Returns the exit
 * status (0 no problem, 1 a file with a problem, 2 no file to check) and writes to `io`.
 */
export function runCheckData(args: string[], io: CheckOutput): number {
  const { cwd } = io;
  const files = args.length ? args.map((arg) => resolve(cwd, arg)) : defaultFiles(cwd);
  if (files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  let failed = 0;
  for (const path of files) {
    const inside = relative(cwd, path);
    const name = inside && !inside.startsWith('..') ? inside : path;
    const { problems, result } = checkFile(path);
    for (const p of problems) io.stdout(`${name}: ${p.message}\n`);
    const verdict = problems.length ? plural(problems.length, 'problem') : 'no problems';
    io.stdout(`${name}: ${result ? holds(result) : 'not read'}: ${verdict}\n`);
    if (problems.length) failed++;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCheckData(process.argv.slice(2), {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => console.error(line),
  });
}
