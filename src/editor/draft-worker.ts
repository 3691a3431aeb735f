/**
 * The draft engine in a module Web Worker, so drafting a long article never blocks the page.
 * The same engine as `npm run draft`; its input errors come back as data (a `DraftInputError`
 * does not survive the trip between threads). Cancelling is ending the worker.
 *
 * @module
 */
import { expose } from 'comlink';
import { engineApi } from './engine-api.js';

expose(engineApi);
