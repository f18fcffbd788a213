/**
 * Integrator-facing warnings: one `console.warn` per element and problem, prefixed so that
 * a partner can find them among the host page's own messages.
 */
const seen = new WeakMap<object, Set<string>>();

export function warnOnce(owner: object, key: string, message: string): void {
  let keys = seen.get(owner);
  if (!keys) seen.set(owner, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  const tag = owner instanceof Element ? `<${owner.localName}> ` : '';
  console.warn(`[opco-widgets] ${tag}${message}`);
}
