/**
 * Every write into a dataset folder goes through here (the editor's publish operation):
 * confined to the folder and atomic. A path is relative, has no `..`, and its parent folder,
 * links resolved, is inside the dataset folder; what stands at the path must be a regular file
 * (never a link, a folder or a device). The bytes go to a new temporary file beside the target
 * (created exclusively, without following links), are flushed to disk, and then take the
 * target's name in one step (`rename`), so a reader sees the old file or the new one, never a
 * part. Build time and commands only (Node).
 *
 * @module
 */
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';

/** Why a write was refused or failed: `code` for programs, `message` (one line) for people. */
export class WriteError extends Error {
  constructor(
    readonly code: 'outside' | 'not-a-file' | 'exists' | 'unwritable',
    message: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

const why = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * The path `relative` names inside `folder`, its parent's links resolved.
 * @throws {@link WriteError} `outside` (absolute, `..`, a parent leading out, no such parent),
 *   `not-a-file` (a link, a folder or a device stands there).
 */
export function pathInside(folder: string, relative: string): string {
  if (isAbsolute(relative) || relative.split(/[\\/]/).some((p) => p === '..' || p === ''))
    throw new WriteError('outside', `${relative} is not a relative path inside the dataset`);
  let real: string;
  let parent: string;
  try {
    real = realpathSync(folder);
    parent = realpathSync(dirname(resolve(real, relative)));
  } catch (error) {
    throw new WriteError('outside', `${relative}: its folder cannot be reached (${why(error)})`);
  }
  if (parent !== real && !parent.startsWith(`${real}${sep}`))
    throw new WriteError('outside', `${relative}: a link leads out of the dataset`);
  const path = join(parent, basename(relative));
  try {
    if (!lstatSync(path).isFile())
      throw new WriteError(
        'not-a-file',
        `${relative} is not a regular file (a link, folder or device)`,
      );
  } catch (error) {
    if (error instanceof WriteError) throw error;
    if (why(error) !== 'ENOENT') throw new WriteError('unwritable', `${relative}: ${why(error)}`);
  }
  return path;
}

/** Writes `bytes` to a new temporary file in `dir`, flushed to disk; returns its path. */
function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const temp = join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const fd = openSync(temp, flags, 0o644);
  try {
    for (let done = 0; done < bytes.length; )
      done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/**
 * Writes `bytes` at `relative` inside `folder`, atomically.
 *
 * @param options.exclusive - refuse when a file stands there already (`exists`).
 * @throws {@link WriteError}: as {@link pathInside}; `exists`; `unwritable` (permissions, a full
 *   disk), with nothing changed.
 */
export function writeInside(
  folder: string,
  relative: string,
  bytes: Uint8Array,
  options: { exclusive?: boolean } = {},
): void {
  const path = pathInside(folder, relative);
  let temp: string;
  try {
    temp = writeTemp(dirname(path), basename(path), bytes);
  } catch (error) {
    throw new WriteError('unwritable', `${relative} cannot be written (${why(error)})`);
  }
  try {
    // A hard link fails when the name is taken: no other writer's file is ever replaced.
    if (options.exclusive) linkSync(temp, path);
    else renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    if (why(error) === 'EEXIST') throw new WriteError('exists', `${relative} exists already`);
    throw new WriteError('unwritable', `${relative} cannot be written (${why(error)})`);
  }
  if (options.exclusive) unlinkSync(temp);
}
