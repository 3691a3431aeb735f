/**
 * The existing visits file in a module Web Worker: reading, checking and merging a file of up to
 * 20 MB never blocks the page. See `merge-api.ts`.
 *
 * @module
 */
import { expose } from 'comlink';
import { mergeApi } from './merge-api.js';

expose(mergeApi);
