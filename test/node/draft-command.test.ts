/**
 * `npm run draft` as an attacker and a careless user meet it: a device or a pipe as the article
 * is refused at once; every `--out` that cannot be written is one line and exit 2, and the
 * article itself is never overwritten; a UTF-8 byte order mark hides nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftCommand as draft, fixtureFolder, ROOT } from '../helpers.js';

const tsx = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const run = (script: string, args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [tsx, resolve(ROOT, script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, INIT_CWD: cwd },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
};
/** The command as a process, as `npm run draft` starts it (the other cases run it in this one). */
const spawned = (...args: string[]) => run('scripts/draft.ts', args);

const dir = mkdtempSync(join(tmpdir(), 'draft-command-'));
const article = join(dir, 'tour.txt');
const TEXT = readFileSync(join(fixtureFolder(), 'articles/000_dd285a5d4eecb2d0.txt'));
writeFileSync(article, TEXT);

// A case that starts a process loads TypeScript: a few seconds on a busy machine.
describe('npm run draft', { timeout: 120_000 }, () => {
  it.each([
    ['a device', '/dev/zero'],
    ['a pipe', 'pipe'],
    ['a folder', 'folder'],
  ])('refuses %s as the article at once, in one line', async (_, name) => {
    const path = name.startsWith('/') ? name : join(dir, `${name}.txt`);
    if (name === 'pipe') execFileSync('mkfifo', [path]);
    if (name === 'folder') mkdirSync(path);
    const started = Date.now();
    // The device as a process: the command refuses it before reading any of it.
    const r = name === 'a device' ? spawned(path) : await draft(path);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^draft: cannot read ${path}: it is not a regular file \\((a folder|a device, pipe or socket)\\)$`,
      ),
    );
  });

  it.each([
    ['a folder', () => dir, `--out ${dir} is a folder: give a file name`],
    [
      'a missing folder',
      () => join(dir, 'nowhere', 'out.geojson'),
      `--out ${join(dir, 'nowhere', 'out.geojson')}: the folder ${join(dir, 'nowhere')} does not exist`,
    ],
    [
      'a file as its folder',
      () => join(article, 'out.geojson'),
      `--out ${join(article, 'out.geojson')}: ${article} is not a folder`,
    ],
    ['an unwritable file', () => '/dev/full', 'cannot write --out /dev/full (ENOSPC)'],
    [
      'the article itself',
      () => article,
      `--out ${article} is the article itself: give another file`,
    ],
    [
      'a link to the article',
      () => {
        const link = join(dir, 'link.geojson');
        if (!existsSync(link)) symlinkSync(article, link);
        return link;
      },
      `--out ${join(dir, 'link.geojson')} is the article itself: give another file`,
    ],
    [
      'a hard link to the article',
      () => {
        const link = join(dir, 'hard.geojson');
        if (!existsSync(link)) linkSync(article, link);
        return link;
      },
      `--out ${join(dir, 'hard.geojson')} is the article itself: give another file`,
    ],
  ])(
    'refuses --out to %s in one line with exit 2, leaving the article as it was',
    async (_, out, line) => {
      const r = await draft(article, '--out', out());
      expect({ status: r.status, stderr: r.stderr }).toEqual({
        status: 2,
        stderr: `draft: ${line}`,
      });
      expect(readFileSync(article).equals(TEXT)).toBe(true);
    },
  );

  it.each([
    ['a kept article of a dataset', 'data/articles/000_dd285a5d4eecb2d0.txt', 'articles'],
    ['a new file in its articles folder', 'data/articles/new.txt', 'articles'],
    ['its visits file', 'data/visits.geojson', 'visits'],
    ['a link to its visits file', 'link-to-visits.geojson', 'visits'],
    ['a link to a kept article', 'link-to-article.geojson', 'articles'],
  ])('refuses --out to %s in one line with exit 2, writing nothing', async (_, name, what) => {
    const project = join(dir, 'project');
    const data = join(project, 'data');
    if (!existsSync(data)) {
      cpSync(fixtureFolder(), data, { recursive: true });
      symlinkSync(join(data, 'visits.geojson'), join(project, 'link-to-visits.geojson'));
      symlinkSync(
        join(data, 'articles', '000_dd285a5d4eecb2d0.txt'),
        join(project, 'link-to-article.geojson'),
      );
    }
    const out = join(project, name);
    const real = realpathSync(data);
    const before = existsSync(out) ? readFileSync(out) : undefined;
    const r = await draft(article, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      what === 'articles'
        ? `draft: --out ${out} is in a dataset's articles folder (${join(real, 'articles')}), where only articles are kept: give a file outside it`
        : `draft: --out ${out} is a dataset's visits file (${join(real, 'visits.geojson')}): publish a draft into it from the editor, never write over it`,
    );
    if (before) expect(readFileSync(out).equals(before)).toBe(true);
    else expect(existsSync(out)).toBe(false);
  });

  it('says a UTF-16 article is UTF-16, in one line with exit 2', async () => {
    const file = join(dir, 'utf-16.txt');
    writeFileSync(file, Buffer.from(`\ufeff${TEXT.toString('utf8')}`, 'utf16le'));
    const r = await draft(file);
    expect({ status: r.status, stderr: r.stderr }).toEqual({
      status: 2,
      stderr: `draft: ${file} is UTF-16 text, not UTF-8: save it as UTF-8 and try again`,
    });
  });

  it('reads past a byte order mark: the same draft, its offsets counting the mark as the kept file does', async () => {
    const data = join(dir, 'bom', 'data');
    mkdirSync(join(data, 'articles'), { recursive: true });
    const bom = join(data, 'articles', 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), TEXT]));
    const out = join(data, 'draft.geojson');
    const r = await draft(bom, '--out', out);
    expect(r.status).toBe(0);
    const plain = JSON.parse((await draft(article)).stdout);
    const c = JSON.parse(readFileSync(out, 'utf8'));
    expect(c.articles[0]).toMatchObject({
      file: 'data/articles/bom.txt',
      title: plain.articles[0].title,
      date: '2025-05-22',
      section: 'Politics',
      dateline: {
        ...plain.articles[0].dateline,
        start: plain.articles[0].dateline.start + 1,
        end: plain.articles[0].dateline.end + 1,
      },
    });
    expect(c.features.map((f: { id: string }) => f.id)).toEqual(
      plain.features.map((f: { id: string }) => f.id),
    );
    expect(c.features[0].properties.quotes[0].start).toBe(
      plain.features[0].properties.quotes[0].start + 1,
    );
    // The checker reads the kept file with its mark: every passage is where the draft says.
    const check = run('scripts/check-data.ts', [out], data);
    const problems = check.stdout.trim().split('\n').slice(0, -1);
    for (const line of problems) expect(line).toContain('marked for review: ');
  });

  it('records an article inside another dataset by its path in data/articles/', async () => {
    const data = join(dir, 'other', 'data');
    cpSync(fixtureFolder(), data, { recursive: true });
    const r = await draft(join(data, 'articles', '000_dd285a5d4eecb2d0.txt'));
    expect(JSON.parse(r.stdout).articles[0].file).toBe('data/articles/000_dd285a5d4eecb2d0.txt');
    expect(JSON.parse((await draft(article)).stdout).articles[0].file).toBe(
      'data/articles/tour.txt',
    );
  });
});
