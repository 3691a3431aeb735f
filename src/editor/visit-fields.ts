/**
 * A visit's own fields in the review panel, each saved as typed: the site, organisation and
 * facility (English, and Chinese where known), and its date with precision and part of the
 * day. A date the article does not give (finer, or another) asks, right there, for the
 * report that gives it (or for the article's own words).
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { formatVisitDate } from '../components/format.js';
import { dateAt } from '../draft/calendar.js';
import {
  type DatePrecision,
  finerThan,
  PRECISIONS,
  precisionOf,
  tryDateSpan,
} from '../model/dates.js';
import type { VisitFeature } from '../model/schema.js';
import { editVisit } from './actions.js';
import type { EditorContext } from './context.js';
import { resolutionWith } from './corroboration.js';
import { type Name, selectField, textField, withZh } from './fields.js';
import type { Session } from './session.js';

type Props = VisitFeature['properties'];
type DayPart = Props['visit']['dayPart'];

/** The change that edits visit `id` with `change`. */
const onVisit =
  (id: string, change: (p: Props, f: VisitFeature) => void) =>
  (s: Session): Session =>
    editVisit(s, id, (f) => change(f.properties, f));

/** Site, organisation and facility, in English and Chinese. */
/** The class of a visit's field for its site's English name. */
export const SITE_NAME = 'site-name';

export function visitNames(ctx: EditorContext, f: VisitFeature): TemplateResult {
  const { t } = ctx;
  const p = f.properties;
  const key = (k: string) => `${f.id}:${k}`;
  const name = (label: string, labelZh: string, k: 'name' | 'organisation', value: Name) =>
    html`${textField(ctx, {
      label,
      value: value.en,
      lang: 'en',
      key: key(`${k}.en`),
      // The card goes by the site's name as it was while this field has the focus.
      ...(k === 'name' ? { className: SITE_NAME } : {}),
      set: (v) => (s) => {
        const next = onVisit(
          f.id,
          (x) => (x[k] = withZh({ ...x[k], en: v }, x[k].zh ?? '') as Name & { en: string }),
        )(s);
        // A site named by hand gives the visit's id when it is published.
        const renamed = s.renamedSites ?? [];
        return k !== 'name' || next === s || renamed.includes(f.id)
          ? next
          : { ...next, renamedSites: [...renamed, f.id] };
      },
    })}
    ${textField(ctx, {
      label: labelZh,
      value: value.zh ?? '',
      lang: 'zh-Hans',
      key: key(`${k}.zh`),
      set: (v) => onVisit(f.id, (x) => (x[k] = withZh(x[k], v) as Name & { en: string })),
    })}`;
  return html`<div class="fields names">
    ${name(t.site, t.siteZh, 'name', p.name)}
    ${name(t.organisation, t.organisationZh, 'organisation', p.organisation)}
    ${textField(ctx, {
      label: t.facility,
      value: p.facility?.en ?? '',
      lang: 'en',
      key: key('facility'),
      set: (v) =>
        onVisit(
          f.id,
          (x) =>
            (x.facility = v
              ? (withZh({ en: v }, x.facility?.zh ?? '') as Name & { en: string })
              : null),
        ),
    })}
  </div>`;
}

/**
 * `date` written at `precision`: the coarser date that holds every day it covers (a day's ISO
 * week, month or year; a week's month when the week is within one); `undefined` when there is
 * none (a finer precision than the date gives, a week across two months).
 */
function atPrecision(date: string, precision: DatePrecision): string | undefined {
  const span = tryDateSpan(date);
  if (!span || finerThan(precision, span.precision)) return undefined;
  const first = dateAt(span.start, precision);
  return first === dateAt(span.end, precision) ? first : undefined;
}

/** Date, precision and part of the day, and the date as readers will see it. */
export function visitDate(ctx: EditorContext, f: VisitFeature): TemplateResult {
  const { t } = ctx;
  const visit = f.properties.visit;
  const precision = visit.precision ?? precisionOf(visit.date) ?? 'day';
  const parts: readonly (readonly [string, string])[] = [
    ['', t.dayParts.none],
    ['morning', t.dayParts.morning],
    ['afternoon', t.dayParts.afternoon],
    ['evening', t.dayParts.evening],
  ];
  return html`<div class="row">
    ${textField(ctx, {
      label: t.visitDate,
      value: visit.date,
      inline: true,
      className: 'date',
      key: `${f.id}:date`,
      set: (date) =>
        onVisit(f.id, (p, x) => {
          p.visit.date = date;
          p.visit.precision = precisionOf(date) ?? p.visit.precision;
          p.visit.resolution = resolutionWith(x);
        }),
    })}
    ${selectField(ctx, {
      label: t.precision,
      value: precision,
      choices: PRECISIONS.map((pr) => [pr, t.precisions[pr] ?? pr] as const),
      // The date follows its precision (and the resolution says so): never a precision that
      // does not match the date's form.
      set: (v) =>
        onVisit(f.id, (p, x) => {
          const date = atPrecision(p.visit.date, v as DatePrecision);
          if (date === undefined) return;
          p.visit.date = date;
          p.visit.precision = v as DatePrecision;
          p.visit.resolution = resolutionWith(x);
        }),
    })}
    ${selectField(ctx, {
      label: t.dayPart,
      value: visit.dayPart ?? '',
      choices: parts,
      set: (v) => onVisit(f.id, (p) => (p.visit.dayPart = (v || null) as DayPart)),
    })}
    <span class="readable">${formatVisitDate(visit.date, t.lang)}</span>
  </div>`;
}
