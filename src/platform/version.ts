/** The library version, checked against package.json by a test; used to warn when two versions share a page. */
export const VERSION = '0.1.0';
