// Types of ./extract.mjs, for the tests that import it (test/data/naf-extract.test.ts).
export interface ScopeArticle {
  id: string;
  num: string | null;
  etat: string | null;
  path: string[];
  text: string;
}
export type RejectReason = 'old-revision' | 'amount' | 'article' | 'not-naf';
export function htmlToText(html: unknown): string;
export function scopeArticles(tree: unknown): ScopeArticle[];
export function inForce(etat: unknown): boolean;
export function nafCodesIn(
  text: string,
  validCodes: Set<string>,
  oldCodes?: Set<string>,
): { codes: string[]; old: string[]; rejected: { match: string; why: RejectReason }[] };
export function fold(text: string): string;
export function activityWords(text: string): Map<string, number>;
