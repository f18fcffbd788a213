/**
 * One MutationObserver for the whole page: when a `lang` attribute changes anywhere in the
 * document, every connected element re-reads its language (a host page may switch language
 * without reloading, and our elements follow the nearest `lang`). Page-wide across our files too
 * (a finder from opco-finder.js and a card from opco-card.js share it): kept on globalThis under a
 * registry symbol.
 */
interface LangListener {
  requestUpdate(): void;
}

interface PageObserver {
  readonly listeners: Set<LangListener>;
  observer?: MutationObserver;
}

const KEY = Symbol.for('opco-widgets.lang-observer');
const page = (): PageObserver => ((globalThis as unknown as Record<symbol, PageObserver | undefined>)[KEY] ??= { listeners: new Set() });

export function observeLang(listener: LangListener): void {
  const state = page();
  state.listeners.add(listener);
  if (!state.observer && typeof MutationObserver !== 'undefined') {
    state.observer = new MutationObserver(() => state.listeners.forEach((l) => l.requestUpdate()));
    state.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unobserveLang(listener: LangListener): void {
  const state = page();
  state.listeners.delete(listener);
  if (state.listeners.size === 0) {
    state.observer?.disconnect();
    state.observer = undefined;
  }
}

/** The `lang` of the nearest ancestor that has one, crossing shadow roots up to the document. */
export function closestLang(from: Element): string | null {
  let node: Node | null = from;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
