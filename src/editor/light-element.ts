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

/** The next task of the page's main thread (after input, painting and other work waiting). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A panel that draws each change in a task of its own (a `setTimeout` after the change), not in
 * the task that made it: the panels a change redraws (a draft, a reload, Accept all) then take
 * one task each instead of one long task together. Its `updateComplete` includes the wait.
 */
export class PanelElement extends LightElement {
  protected override async scheduleUpdate(): Promise<void> {
    await nextTask();
    super.scheduleUpdate();
  }
}

/** Defines each tag not defined yet (the classes have no side effects). */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

/**
 * Resolves once `tag` is defined and has drawn: what calls a method of a part defined later
 * (focus on the review, on publishing) waits for it.
 */
export async function whenDrawn<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  element: HTMLElementTagNameMap[K] | null | undefined,
): Promise<HTMLElementTagNameMap[K] | undefined> {
  if (!element) return undefined;
  await customElements.whenDefined(tag);
  await (element as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
