/**
 * Every read of a file a user names (an article to draft, a visits file to check, a dataset to
 * build the page from, the article files a visits file names) goes through here: bounded before
 * it starts, and confined where the path comes from data. Build time and commands only (Node).
 *
 * - {@link readBounded}: opens without blocking (a named pipe would wait for a writer), refuses
 *   anything but a regular file (a device such as `/dev/zero`, a pipe, a folder), and checks the
 *   size with `fstat` before reading a byte.
 * - {@link readArticleFile}: an article's `file` from a visits file, read only when it stays in
 *   the dataset's `data/articles/` folder: the format's rule on the path (relative, no `..`),
 *   then no link leading out of the folder.
 *
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { ARTICLE_FILE } from '../src/model/schema.js';

/** Why a file was not read: `code` for programs, `message` (one line) for people. */
export class ReadError extends Error {
  constructor(
    readonly code: 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'outside',
    message: string,
    /** The file's size in bytes, for `too-large`. */
    readonly size?: number,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

const why = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Reads a whole regular file of at most `maxBytes` bytes.
 *
 * @param path - the file; a link is followed (see {@link readArticleFile} for paths from data).
 * @param maxBytes - the largest size accepted, in bytes.
 * @throws {@link ReadError}: `missing`, `not-a-file` (folder, device, pipe, socket),
 *   `too-large` (by `fstat`, before reading), `unreadable` (permissions, I/O).
 */
export function readBounded(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (why(error) === 'ENOENT') throw new ReadError('missing', 'there is no such file');
    throw new ReadError('unreadable', `it cannot be opened (${why(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? 'a folder' : 'a device, pipe or socket';
      throw new ReadError('not-a-file', `it is not a regular file (${kind})`);
    }
    if (stat.size > maxBytes)
      throw new ReadError(
        'too-large',
        `it is ${stat.size} bytes, over the limit of ${maxBytes}`,
        stat.size,
      );
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('unreadable', `it cannot be read (${why(error)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an article's kept text, only if its `file` stays inside the dataset's articles folder.
 *
 * @param articles - the dataset's articles folder (`<dataset>/data/articles`).
 * @param file - the article record's `file`, `data/articles/<id>.txt`.
 * @param maxBytes - the largest article accepted, in bytes.
 * @throws {@link ReadError} `outside` for a path that is not inside `data/articles/` (never
 *   opened) or a link leading out of it; otherwise as {@link readBounded}.
 */
export function readArticleFile(articles: string, file: string, maxBytes: number): Buffer {
  if (!ARTICLE_FILE.test(file))
    throw new ReadError('outside', 'it is not a relative path inside data/articles/');
  const inside = file.slice('data/articles/'.length);
  let real: string;
  let folder: string;
  try {
    folder = realpathSync(articles);
    real = realpathSync(resolve(articles, inside));
  } catch (error) {
    if (why(error) === 'ENOENT') throw new ReadError('missing', 'there is no such file');
    throw new ReadError('unreadable', `it cannot be opened (${why(error)})`);
  }
  const rel = relative(folder, real);
  if (!rel || rel.startsWith(`..${sep}`) || rel === '..' || resolve(folder, rel) !== real)
    throw new ReadError('outside', 'it is a link leading out of data/articles/');
  return readBounded(real, maxBytes);
}
