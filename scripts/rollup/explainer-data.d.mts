// Types of scripts/rollup/explainer-data.mjs for the TypeScript tests (test/data/explainer-data.test.ts).
export function sideOf(value: unknown, lang: string, langs: readonly string[]): unknown;
export function explainerFiles(): Promise<{
  readonly files: Readonly<Record<string, { readonly fileName: string; readonly bytes: Uint8Array }>>;
  readonly flows: number;
  readonly firstAsOf: string;
}>;
export function explainerData(): unknown;
