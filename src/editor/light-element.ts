import { LitElement } from 'lit';

/**
 * The editor's elements render into the light DOM: the page's style sheet reaches every part,
 * and a text selection in the article is an ordinary document selection.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
