// Loads one self-contained TypeScript module (type-only imports allowed) in Node 20, which cannot
// run .ts itself. We transpile with the project's own `typescript` devDependency, so the logic
// lives once, in src/, and is shared by the browser bundle and this build script.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** @param {URL} fileUrl */
export async function importTs(fileUrl) {
  const source = await readFile(fileUrl, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: fileUrl.pathname,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  if (/^\s*import\s[^(]/m.test(outputText)) {
    throw new Error(`${fileUrl.pathname} has runtime imports; importTs only loads self-contained modules`);
  }
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}
