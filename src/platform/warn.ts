/**
 * Integrator-facing warnings: one `console.warn` per element and problem, prefixed so that
 * a partner can find them among the host page's own messages. Page-wide: what a widget of one of
 * our files said is not said again by the same widget or page from another file (the registry is on
 * globalThis under a registry symbol).
 */
const KEY = Symbol.for('opco-widgets.warned');
const seen = ((globalThis as unknown as Record<symbol, WeakMap<object, Set<string>> | undefined>)[KEY] ??= new WeakMap());

/** The owner of warnings about the page rather than one element (a version clash, the convention table). */
export const PAGE: object = globalThis;

export function warnOnce(owner: object, key: string, message: string): void {
  let keys = seen.get(owner);
  if (!keys) seen.set(owner, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  const tag = owner instanceof Element ? `<${owner.localName}> ` : '';
  console.warn(`[opco-widgets] ${tag}${message}`);
}
