/**
 * Where the popup's code stands once it is loaded. The page loads `visit-popup.ts` when a
 * visit first opens (a chunk of its own); the library module, one file, evaluates it with the
 * element (see `src/index.ts`), so that its popups open at once, as they always did. Either
 * way `visit-popup.ts` puts its class here when it is evaluated.
 *
 * @module
 */
import type { VisitPopup } from './visit-popup.js';

/**
 * The popup's class, once its module has been evaluated; and how its module is loaded (a
 * dynamic import of `visit-popup.ts`: it rejects when the chunk cannot be fetched).
 */
export const popupCode: { VisitPopup?: typeof VisitPopup; load: () => Promise<unknown> } = {
  load: () => import('./visit-popup.js'),
};
