import { VERSION } from './version.js';
import { PAGE, warnOnce } from './warn.js';

interface Registry {
  version: string;
}

const registryKey = '__opcoWidgets';
const globals = globalThis as typeof globalThis & { [registryKey]?: Registry };

/**
 * Guarded `customElements.define`: a partner page may load the bundle twice (two CMS blocks,
 * a cached and a fresh URL) or two versions of it. Neither may throw; two different versions
 * get one warning, because the first one loaded wins.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const registry = (globals[registryKey] ??= { version: VERSION });
  if (registry.version !== VERSION) {
    warnOnce(
      PAGE,
      'version',
      `two versions are loaded on this page (${registry.version} and ${VERSION}); the elements of ${registry.version} are kept. Load one script only.`,
    );
  }
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
