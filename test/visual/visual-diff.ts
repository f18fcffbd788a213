// The package's type entry re-exports './browser/commands.mjs', which TypeScript cannot resolve
// (it has commands.d.ts, not .d.mts): this gives its one browser function its published signature.
import * as visual from '@web/test-runner-visual-regression';

export const visualDiff = (visual as unknown as { visualDiff(element: Node, name: string): Promise<void> }).visualDiff;
