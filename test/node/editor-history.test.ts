/**
 * The editor's undo history kept across a reload (`src/editor/history.ts`): taken back for the
 * same work only, without the text stored, and cut from its oldest changes when storage has no
 * room for all of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';
import { decide } from '../../src/editor/actions.js';
import { HISTORY_KEY, loadHistory, saveHistory } from '../../src/editor/history.js';
import { emptySession, itemKey, type Session } from '../../src/editor/session.js';
import { ROOT } from '../helpers.js';

/** A `Storage` of its own, refusing values longer than `room` characters (a full quota). */
function storage(room = Number.POSITIVE_INFINITY): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => {
      items.delete(k);
    },
    setItem: (k, v) => {
      if (v.length > room) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

const text = readFileSync(resolve(ROOT, 'test/fixtures/articles/figure-owners.txt'), 'utf8');
const drafted = draftArticle(text, { id: 'figure-owners' }).collection;

/** The drafted session, then one decision after another on each of its visits and figures. */
function steps(): Session[] {
  const keys = [
    ...drafted.features.map((f) => itemKey('visit', f.id)),
    ...drafted.statistics.map((x) => itemKey('figure', x.id)),
  ];
  const out: Session[] = [{ ...emptySession(), text, draft: drafted }];
  for (const key of keys) out.push(decide(out.at(-1) as Session, key, 'rejected'));
  return out;
}

describe('the undo history kept across a reload', () => {
  it('comes back for the same work, oldest first, with its text, which is not stored', () => {
    const all = steps();
    expect(all.length).toBeGreaterThanOrEqual(3);
    const now = all.at(-1) as Session;
    const past = all.slice(0, -1);
    const store = storage();
    saveHistory(past, now, store);
    expect(store.getItem(HISTORY_KEY)).not.toContain(text.slice(0, 80));
    // The session as read back from storage: the same work.
    const read = JSON.parse(JSON.stringify(now)) as Session;
    const back = loadHistory(read, store);
    expect(back.map((s) => s.decisions)).toEqual(past.map((s) => s.decisions));
    expect(back.every((s) => s.text === text)).toBe(true);
  });

  it('is none for other work, and none once the history is empty', () => {
    const all = steps();
    const store = storage();
    saveHistory(all.slice(0, -2), all.at(-2) as Session, store);
    expect(loadHistory(all.at(-1) as Session, store)).toEqual([]);
    saveHistory([], all.at(-2) as Session, store);
    expect(store.getItem(HISTORY_KEY)).toBeNull();
  });

  it('keeps its latest changes when storage has no room for all of them', () => {
    const all = steps();
    const now = all.at(-1) as Session;
    const past = all.slice(0, -1);
    const one = JSON.stringify({ version: 1, head: '', past: [past[0]] }).length;
    // Room for about two of them beside the stamp of the work (the draft once more).
    const store = storage(one * 3);
    saveHistory(past, now, store);
    const back = loadHistory(now, store);
    expect(back.length).toBeGreaterThan(0);
    expect(back.length).toBeLessThan(past.length);
    expect(back.map((s) => s.decisions)).toEqual(past.slice(-back.length).map((s) => s.decisions));
    // No room at all: nothing kept, nothing thrown.
    const none = storage(10);
    saveHistory(past, now, none);
    expect(none.getItem(HISTORY_KEY)).toBeNull();
  });
});
