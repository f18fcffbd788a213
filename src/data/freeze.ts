// Tables a host page cannot rewrite: what one widget hands out (an event detail, a look-up's
// result) is the same record another widget shows, so it is frozen all the way down.

/**
 * Freezes `value` and everything reachable from it (own properties, array items), and returns
 * it. Already frozen objects are walked too (a frozen array may hold unfrozen records).
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  const obj = value as unknown as object;
  if (seen.has(obj)) return value;
  seen.add(obj);
  for (const key of Reflect.ownKeys(obj)) {
    const child = (obj as Record<PropertyKey, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child, seen);
  }
  Object.freeze(obj);
  return value;
}
