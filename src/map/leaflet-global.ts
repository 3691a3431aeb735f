/**
 * Leaflet's build always sets `window.L` when it is first evaluated, which would replace a
 * Leaflet the host page has of its own (another version, with its plugins). Importing this
 * module right after Leaflet gives the page its `window.L` back, or removes the one Leaflet
 * added. The map code imports Leaflet's functions directly and never reads the global.
 *
 * @module
 */
import { noConflict } from 'leaflet';

noConflict();
const global = globalThis as { L?: unknown };
if (global.L === undefined) delete global.L;
