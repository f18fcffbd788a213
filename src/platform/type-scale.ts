// The type scale's one piece of script (the scale itself is CSS: base.styles.ts's --_fs-* tokens).

/**
 * Registers `--_opco-em` as a length, once per page: its `1em` then becomes px at each widget's host
 * and the type scale (`--_fs-*`) is a multiple of the host's size wherever it is used. Without the
 * registration (an old browser), the scale still applies, relative to the parent's size.
 */
let typeScaleRegistered = false;
export function registerTypeScale(): void {
  if (typeScaleRegistered || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  typeScaleRegistered = true;
  try {
    CSS.registerProperty({ name: '--_opco-em', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    /* already registered: a second script of ours on the page */
  }
}
