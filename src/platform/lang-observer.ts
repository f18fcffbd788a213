/**
 * One MutationObserver for the whole page: when a `lang` attribute changes anywhere in the
 * document, every connected element re-reads its language (a host page may switch language
 * without reloading, and our elements follow the nearest `lang`).
 */
interface LangListener {
  requestUpdate(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

export function observeLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
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
