/**
 * `npm run draft`: the command's interface (fixed by its issue) and exit statuses.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_FOLDER, articleFile, DATA_FOLDER } from '../../src/model/paths.js';
import { draftCommand as draft, ROOT } from '../helpers.js';

const FIXTURES = resolve(ROOT, 'test/fixtures/articles');

/** The command as a process, as `npm run draft` starts it. */
function spawned(...args: string[]) {
  const run = spawnSync(process.execPath, [resolve(ROOT, 'scripts/draft-cli.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

const dir = mkdtempSync(join(tmpdir(), 'draft-cli-'));

// The cases run the command in this process; the first starts it as a process, which may bundle
// it first (scripts/draft-cli.mjs): a few seconds on a busy machine.
describe('npm run draft', { timeout: 60_000 }, () => {
  it('writes the collection to --out, with the options recorded, and exits 0', () => {
    const out = join(dir, 'tour.geojson');
    const run = spawned(
      join(FIXTURES, 'agency-dateline.txt'),
      '--date',
      '2025-06-13',
      '--out',
      out,
      '--title',
      'Xi in Guizhou',
      '--url',
      'https://example.org/a',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^draft: 1 visits, 3 quotes \(\d unattached\), 0 figures; \d items marked for review$/,
    );
    const c = JSON.parse(readFileSync(out, 'utf8'));
    expect(c.articles[0]).toMatchObject({
      id: 'agency-dateline',
      title: 'Xi in Guizhou',
      titlePassage: null,
      date: '2025-06-13',
      outlet: 'Xinhua',
      url: 'https://example.org/a',
      file: articleFile('agency-dateline'),
    });
  });

  it('writes an empty but valid collection and exits 1 when there is no visit', async () => {
    const file = join(dir, 'calm.txt');
    writeFileSync(
      file,
      'date 2025-01-01\nA calm day\nThe markets were calm and the weather was fine for the whole of the day.\n',
    );
    const run = await draft(file);
    expect(run.status).toBe(1);
    const c = JSON.parse(run.stdout);
    expect(c).toMatchObject({
      type: 'FeatureCollection',
      features: [],
      statistics: [],
      quotes: [],
    });
    expect(c.articles).toHaveLength(1);
  });

  it.each([
    ['empty', '', [], /is empty/],
    ['binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), [], /not text/],
    ['large', `date 2025-01-01\n${'word '.repeat(220_000)}`, [], /over 1 MiB/],
    [
      'chinese',
      'date 2025-05-22\n习近平在河南洛阳考察。国家主席习近平考察了洛阳轴承集团。',
      [],
      /not in English/,
    ],
    ['no date', 'The president visited the port of Rizhao in Shandong.', [], /no publication date/],
    ['no year', 'BEIJING, April 13 (Xinhua) -- Xi visited the port of Rizhao.', [], /no year/],
    [
      'bad date',
      'The president visited the port of Rizhao.',
      ['--date', '2025-02-30'],
      /not a calendar day/,
    ],
    ['bad option', 'date 2025-01-01\nText.', ['--bogus'], /Unknown option/],
  ] as const)(
    'refuses %s input with one line and exit 2, writing nothing',
    async (name, content, extra, message) => {
      const file = join(dir, `${name.replace(' ', '-')}.txt`);
      writeFileSync(file, content);
      const out = join(dir, `${name.replace(' ', '-')}.geojson`);
      const run = await draft(file, '--out', out, ...extra);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.split('\n')[0]).toMatch(/^draft: /);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('drafts that npm run check-data passes but for the items marked for review', async () => {
    // The article kept in a temporary dataset's articles folder, as its record's file says.
    const data = join(dir, 'dataset', DATA_FOLDER);
    mkdirSync(join(dir, 'dataset', ARTICLES_FOLDER), { recursive: true });
    const kept = join(dir, 'dataset', ARTICLES_FOLDER, 'agency-tour.txt');
    copyFileSync(join(FIXTURES, 'agency-tour.txt'), kept);
    const out = join(data, 'several.geojson');
    expect((await draft(kept, '--out', out)).status).toBe(0);
    const check = spawnSync(
      process.execPath,
      [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'scripts/check-data.ts'), out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const lines = check.stdout.trim().split('\n');
    const problems = lines.slice(0, -1);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toContain('marked for review: ');
    expect(lines.at(-1)).toMatch(/3 visits.*: \d+ problems?$/);
    // A process that loads TypeScript: past 30 s on a loaded machine.
  }, 120_000);

  it('says what is missing when no file is given', async () => {
    const run = await draft();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run draft -- ARTICLE');
  });
});
