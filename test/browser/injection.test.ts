/**
 * Never executed: the corpus of script-injection payloads in every string field, in Chromium
 * with no Content-Security-Policy to help. Nothing runs (a spy stands in for `alert`, `confirm`,
 * `prompt` and the `__xss` flag the payloads set) and no element is injected: the elements in
 * the page and in each shadow root are exactly those of the same datasets with plain text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/components/inspection-map/define.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { parseVisits } from '../../src/model/load.js';
import { PAYLOADS, withPayloads } from '../fixtures/inject.js';
import { dataset, mount, root, until, watchErrors } from './util.js';

const ran: string[] = [];
const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
const w = window as unknown as Record<string, unknown>;

beforeAll(() => {
  window.alert = (m?: unknown) => void ran.push(`alert(${m})`);
  window.confirm = (m?: string) => {
    ran.push(`confirm(${m})`);
    return false;
  };
  window.prompt = (m?: string) => {
    ran.push(`prompt(${m})`);
    return null;
  };
  Object.defineProperty(window, '__xss', {
    configurable: true,
    set: (v) => ran.push(`__xss=${v}`),
    get: () => undefined,
  });
});
afterAll(() => {
  Object.assign(window, saved);
  delete w.__xss;
});

/** Tag name → count, for a shadow root or the document. */
function tags(node: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of node.querySelectorAll('*')) {
    const name = el.tagName.toLowerCase();
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Mounts a dataset, opens every popup and every disclosure, and returns the elements seen. */
async function render(data: unknown, visits: number) {
  const { el } = mount({}, data);
  await until(
    () =>
      el.visits.length === visits &&
      root(el).querySelectorAll('.leaflet-marker-icon').length === visits &&
      root(el).querySelector('.leaflet-container path.im-province'),
    10_000,
  );
  const show = () => root(el).querySelector<HTMLButtonElement>('.show-more');
  for (let b = show(); b; b = show()) {
    b.click();
    await el.updateComplete;
  }
  const popups: string[] = [];
  for (const v of el.visits) {
    el.select(v.id);
    // The first visit to open waits for the popup's code.
    await until(() => root(el).querySelector(`.leaflet-popup [id="popup-title-${v.id}"]`));
    popups.push(JSON.stringify(tags(root(el).querySelector('.leaflet-popup') as Element)));
  }
  for (const d of root(el).querySelectorAll('details')) d.open = true;
  await new Promise((r) => setTimeout(r, 50));
  return { el, shadow: tags(root(el)), page: tags(document), popups };
}

const remove = (el: InspectionMap) => el.remove();
const GROUP = 18;

describe(`${PAYLOADS.length} script-injection payloads in every string field`, () => {
  const list = PAYLOADS.map((p) => p.payload);
  const plain = list.map((_, i) => `plain text ${i}`);

  it('are valid data, so they reach the popups, the list and the credits', () => {
    const r = parseVisits(withPayloads(dataset(), list, true));
    expect(r.problems).toEqual([]);
    expect(r.visits).toHaveLength(PAYLOADS.length);
  });

  it('are shown as text, run nothing and inject no element', async () => {
    const errors = watchErrors();
    // In groups, so that each popup redraws a short list.
    for (let at = 0; at < list.length; at += GROUP) {
      const group = list.slice(at, at + GROUP);
      const attack = await render(withPayloads(dataset(), group, true), group.length);
      const titles = [...root(attack.el).querySelectorAll('.list .card-title')].map(
        (h) => h.textContent,
      );
      expect(titles.sort()).toEqual(group.map((p) => p.trim()).sort());
      remove(attack.el);
      const control = await render(
        withPayloads(dataset(), plain.slice(at, at + GROUP), true),
        group.length,
      );
      remove(control.el);
      // The filters group names that read alike ("<b>X</b>" and "<B>X</B>" are one leader), so
      // the payloads may give fewer options than as many distinct plain texts; never more.
      const { option: attackOptions = 0, ...attackShadow } = attack.shadow;
      const { option: controlOptions = 0, ...controlShadow } = control.shadow;
      expect(attackShadow).toEqual(controlShadow);
      expect(attackOptions).toBeLessThanOrEqual(controlOptions);
      expect(attack.popups).toEqual(control.popups);
      expect(attack.page).toEqual(control.page);
      expect(attack.shadow.script).toBeUndefined();
      expect(attack.shadow.iframe).toBeUndefined();
      expect(attack.shadow.img).toBeUndefined();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(ran).toEqual([]);
    errors.stop();
    expect(errors.errors).toEqual([]);
  }, 120_000);

  it('in ids, dates and links too: every record is skipped, and each message is text', async () => {
    const data = withPayloads(dataset(), list, false);
    const attack = await render(data, 0);
    const messages = [...root(attack.el).querySelectorAll('.problems li')].map(
      (li) => li.textContent,
    );
    expect(messages).toEqual(parseVisits(data).problems.map((p) => p.message));
    const carried = messages.filter((m) => m?.includes('<img src=x onerror=alert(1)>'));
    expect(carried.length).toBeGreaterThan(10);
    remove(attack.el);
    const control = await render(withPayloads(dataset(), plain, false), 0);
    remove(control.el);
    // Only the number of messages differs: a javascript: URL breaks two rules, plain text one.
    expect({ ...attack.shadow, li: 0 }).toEqual({ ...control.shadow, li: 0 });
    expect(attack.page).toEqual(control.page);
    await new Promise((r) => setTimeout(r, 200));
    expect(ran).toEqual([]);
  }, 60_000);
});

describe('a payload in the lang attribute', () => {
  it('falls back to English instead of breaking the dates', async () => {
    const { el } = mount({ lang: '<img src=x onerror=alert(1)>' }, dataset());
    await until(() => root(el).querySelectorAll('.list .visit-date time').length === 3);
    expect(root(el).querySelector('.list .visit-date time')?.textContent).toBe(
      'Wednesday, May 22, 2024, afternoon',
    );
    expect(ran).toEqual([]);
  });
});
