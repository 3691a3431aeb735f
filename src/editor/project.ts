/**
 * The page's side of "Publish to this project": whether the project's own server serves this
 * page (it announces its publish operation in a `<meta>`; a static copy has none), and the
 * request itself. See `project-api.ts` for the operation.
 *
 * @module
 */
import type { DraftCollection } from './engine.js';
import {
  PUBLISH_META,
  PUBLISH_PATH,
  type PublishErrorCode,
  type PublishResponse,
} from './project-api.js';

/** The path of the publish operation when the project's server announced it, else `undefined`. */
export function projectEndpoint(doc: Document = document): string | undefined {
  const content = doc.querySelector(`meta[name="${PUBLISH_META}"]`)?.getAttribute('content');
  return content === PUBLISH_PATH ? content : undefined;
}

/** The server's answer, or `unreachable` when there was none (stopped server, no network). */
export type PublishOutcome =
  | PublishResponse
  | { ok: false; code: 'unreachable'; error: string; problems?: undefined; visits?: undefined };

export type PublishFailure = Exclude<PublishOutcome, { ok: true }>['code'];
export type { PublishErrorCode };

const isOutcome = (x: unknown): x is PublishResponse =>
  !!x &&
  typeof x === 'object' &&
  typeof (x as { ok?: unknown }).ok === 'boolean' &&
  ((x as { ok: boolean }).ok
    ? Array.isArray((x as { visits?: unknown }).visits)
    : typeof (x as { code?: unknown }).code === 'string');

/**
 * Sends the article and its accepted visits to the project's server. Never rejects.
 *
 * @param endpoint - from {@link projectEndpoint}.
 * @param article - the article's text, exactly as drafted.
 * @param visits - the accepted items (`collectionOf(session, 'accepted')`).
 * @param joins - drafted visits joining a visit of the project's file (**Same visit**).
 */
export async function publishToProject(
  endpoint: string,
  article: string,
  visits: DraftCollection,
  joins: Record<string, string> = {},
): Promise<PublishOutcome> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ article, visits, joins }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const json: unknown = await response.json().catch(() => undefined);
    if (isOutcome(json)) return json;
    return { ok: false, code: 'unreachable', error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, code: 'unreachable', error: String(error) };
  }
}

/** The reader page at a visit (`#visit=<id>`), relative to the editor page. */
export const mapAt = (id: string): string => `./#visit=${encodeURIComponent(id)}`;
