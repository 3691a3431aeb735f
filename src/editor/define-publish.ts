/**
 * Defines publishing: the downloads (or Publish to this project) and the visits the existing
 * file already tells.
 *
 * @module
 */

import { EditorProject } from './editor-project.js';
import { EditorPublish } from './editor-publish.js';
import { EditorSameVisit } from './editor-same-visit.js';
import { defineElements } from './light-element.js';

defineElements({
  'editor-project': EditorProject,
  'editor-publish': EditorPublish,
  'editor-same-visit': EditorSameVisit,
});

declare global {
  interface HTMLElementTagNameMap {
    'editor-project': EditorProject;
    'editor-publish': EditorPublish;
    'editor-same-visit': EditorSameVisit;
  }
}
