// How the finder names a convention collective in the field and the suggestions. Pure.
import type { Convention } from '../../data/index.js';

/** The short title when there is one (what people call it), else the official title; null when untitled. */
export const nameOf = (c: Convention): string | null => c.shortTitle ?? c.title;
