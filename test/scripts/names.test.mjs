// Names predict contents (CONTRIBUTING, "Names predict contents"): every module under src/ is read
// (TypeScript's parser, no type-checking) and held to the promise of its suffix. A failure names the
// file and the rule it breaks.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Every module: its path from src/ (with /), its kind by suffix, its syntax tree. */
const modules = walk(src).map((file) => {
  const path = relative(src, file).split(sep).join('/');
  const kind = /\.(render|controller|styles|messages)\.ts$/.exec(path)?.[1] ?? 'plain';
  return { path, kind, ast: ts.createSourceFile(path, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true) };
});

/**
 * Element modules: an element (`components/<name>/opco-<name>.ts`) or a base element
 * (`platform/opco-element.ts`, `platform/opco-headed-element.ts`). They are Lit classes: they import
 * Lit, and they are the only plain modules that import templates.
 */
const isElement = (path) => /^components\/([^/]+)\/opco-\1\.ts$/.test(path) || /^platform\/opco-(?:[a-z-]+-)?element\.ts$/.test(path);

const isLit = (spec) => spec === 'lit' || spec.startsWith('lit/') || spec.startsWith('@lit/') || spec.startsWith('lit-html') || spec.startsWith('lit-element');

/** The import declarations of a module: specifier, names (with their `type` flag), whether the whole import is type-only. */
function importsOf(ast) {
  return ast.statements.filter(ts.isImportDeclaration).map((d) => {
    const clause = d.importClause;
    const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
    const names = named.map((e) => ({ name: (e.propertyName ?? e.name).text, type: clause.isTypeOnly || e.isTypeOnly }));
    const valueDefault = clause?.name && !clause.isTypeOnly;
    const namespace = clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) && !clause.isTypeOnly;
    const sideEffect = !clause;
    return { spec: d.moduleSpecifier.text, names, value: sideEffect || valueDefault || namespace || names.some((n) => !n.type) };
  });
}

const exported = (node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const isFunction = (init) => !!init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));

/** The value exports of a module: [name, kind] with kind 'function', 'class', 'const-function', 'const', 'let'. */
function valueExports(ast) {
  const out = [];
  for (const s of ast.statements) {
    if (!exported(s)) continue;
    if (ts.isFunctionDeclaration(s)) out.push([s.name?.text ?? 'default', 'function']);
    else if (ts.isClassDeclaration(s)) out.push([s.name?.text ?? 'default', 'class']);
    else if (ts.isVariableStatement(s)) {
      const isConst = (s.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const d of s.declarationList.declarations) out.push([d.name.getText(), !isConst ? 'let' : isFunction(d.initializer) ? 'const-function' : 'const']);
    }
  }
  return out;
}

/** Calls `<anything>.addController(this)` inside a node. */
function callsAddController(node) {
  let found = false;
  const visit = (n) => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'addController' &&
      n.arguments[0]?.kind === ts.SyntaxKind.ThisKeyword
    )
      found = true;
    if (!found) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

const implementsReactiveController = (cls) =>
  (cls.heritageClauses ?? []).some((h) => h.token === ts.SyntaxKind.ImplementsKeyword && h.types.some((t) => t.expression.getText() === 'ReactiveController'));

/** What lit may give each kind of module, by name (types are always allowed where lit is). */
const LIT_FOR_RENDER = new Set(['html', 'svg', 'nothing', 'noChange']);
const LIT_FOR_STYLES = new Set(['css', 'unsafeCSS']);

/** The problems of one module, as "path: rule" lines. */
function problemsOf({ path, kind, ast }) {
  const out = [];
  const say = (rule) => out.push(`${path}: ${rule}`);
  const imports = importsOf(ast);
  const litValues = imports.filter((i) => isLit(i.spec) && i.value);

  // who may import a *.render.ts, and what
  for (const i of imports) {
    if (!i.spec.endsWith('.render.js') || kind === 'render') continue;
    if (!isElement(path)) say(`imports the template module ${i.spec} (only an element or another *.render.ts may)`);
    else
      for (const n of i.names)
        if (!n.type && !n.name.startsWith('render'))
          say(`imports ${n.name} from ${i.spec} (an element takes render… functions and view types from a template module)`);
  }

  switch (kind) {
    case 'render': {
      for (const i of litValues) {
        if (i.spec.startsWith('lit/directives/')) continue;
        if (i.spec !== 'lit') say(`imports ${i.spec} (a template module takes html, svg, nothing from lit and its directives)`);
        else for (const n of i.names) if (!n.type && !LIT_FOR_RENDER.has(n.name)) say(`imports ${n.name} from lit (templates only)`);
      }
      for (const s of ast.statements) {
        if (ts.isClassDeclaration(s)) say(`declares a class (state belongs to the element or a controller)`);
        if (ts.isVariableStatement(s) && (s.declarationList.flags & ts.NodeFlags.Const) === 0) say(`declares a module-level let/var (state)`);
      }
      for (const [name, k] of valueExports(ast))
        if (k !== 'function' && k !== 'const-function') say(`exports ${name}, which is not a template function (constants and state go in a plain module)`);
      break;
    }
    case 'controller': {
      const classes = ast.statements.filter((s) => ts.isClassDeclaration(s) && exported(s));
      if (classes.length === 0) say('exports no class (a *.controller.ts holds a ReactiveController)');
      for (const c of classes) {
        if (!implementsReactiveController(c))
          say(`class ${c.name?.text} does not implement ReactiveController (a plain class is a *-state.ts or named for what it holds)`);
        if (!callsAddController(c)) say(`class ${c.name?.text} never calls host.addController(this)`);
      }
      for (const [name, k] of valueExports(ast)) if (k !== 'class') say(`exports ${name}, which is not the controller (put it in a plain module)`);
      break;
    }
    case 'styles': {
      for (const i of litValues) {
        if (i.spec !== 'lit') say(`imports ${i.spec} (a styles module takes css from lit)`);
        else for (const n of i.names) if (!n.type && !LIT_FOR_STYLES.has(n.name)) say(`imports ${n.name} from lit (CSS only)`);
      }
      for (const [name, k] of valueExports(ast))
        if (k !== 'const') say(`exports ${name}, which is not a style sheet or a constant table (no logic in a styles module)`);
      break;
    }
    case 'messages': {
      for (const i of imports) if (isLit(i.spec)) say(`imports ${i.spec} (a catalog needs no Lit)`);
      for (const [name, k] of valueExports(ast)) if (k === 'class' || k === 'function' || k === 'let') say(`exports ${name}, which is not a catalog`);
      break;
    }
    default: {
      if (isElement(path)) break;
      for (const i of litValues) {
        // the one module of context keys creates them with @lit/context
        if (path === 'platform/context.ts' && i.spec === '@lit/context') continue;
        say(
          `imports values from ${i.spec} (a plain module may import Lit's types only, e.g. ReactiveControllerHost; templates go in *.render.ts, CSS in *.styles.ts)`,
        );
      }
    }
  }
  return out;
}

describe('names predict contents (src/)', () => {
  it('reads every kind of module', () => {
    const kinds = new Set(modules.map((m) => m.kind));
    assert.deepEqual([...kinds].sort(), ['controller', 'messages', 'plain', 'render', 'styles']);
    assert.ok(modules.filter((m) => isElement(m.path)).length >= 8, 'six elements and two base elements');
  });

  for (const kind of ['render', 'controller', 'styles', 'messages', 'plain']) {
    it(`every ${kind === 'plain' ? 'plain *.ts' : `*.${kind}.ts`} keeps its promise`, () => {
      assert.deepEqual(modules.filter((m) => m.kind === kind).flatMap(problemsOf), []);
    });
  }

  it('an element module components/<name>/opco-<name>.ts defines opco-<name> (the editor data reads the tag from the path)', () => {
    const elements = modules.filter((m) => m.path.startsWith('components/') && isElement(m.path));
    assert.equal(elements.length, 6);
    for (const { path, ast } of elements) {
      const tag = /\/(opco-[a-z-]+)\.ts$/.exec(path)[1];
      assert.match(ast.text, new RegExp(`defineElement\\(\\s*'${tag}'`), path);
    }
  });

  it('the rules catch what they forbid', () => {
    const check = (path, text) => {
      const kind = /\.(render|controller|styles|messages)\.ts$/.exec(path)?.[1] ?? 'plain';
      return problemsOf({ path, kind, ast: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) });
    };
    // the shapes this repository had before the rule: a union and an announcement in a template module,
    // a plain class called a controller, a template in a plain module, a plain module reading a template module's type
    assert.equal(
      check('components/x/answer.render.ts', "import { html } from 'lit';\nexport type A = 1;\nexport const LIMIT = 5;\nexport let state = 0;").length,
      3,
    );
    assert.deepEqual(check('components/x/flow.controller.ts', 'export class Flow { constructor(host) {} }'), [
      'components/x/flow.controller.ts: class Flow does not implement ReactiveController (a plain class is a *-state.ts or named for what it holds)',
      'components/x/flow.controller.ts: class Flow never calls host.addController(this)',
    ]);
    assert.equal(check('platform/status.ts', "import { html } from 'lit';").length, 1);
    assert.equal(check('components/x/events.ts', "import type { Answer } from './answer.render.js';").length, 1);
    assert.equal(check('components/x/opco-x.ts', "import { countText, renderCount } from './list.render.js';").length, 1);
    assert.deepEqual(check('components/x/state.ts', "import type { ReactiveControllerHost } from 'lit';"), []);
    assert.deepEqual(check('components/x/opco-x.ts', "import { LitElement, html } from 'lit';\nimport { renderA, type Ctx } from './a.render.js';"), []);
    assert.deepEqual(
      check(
        'components/x/keys.controller.ts',
        "import type { ReactiveController } from 'lit';\nexport class Keys implements ReactiveController { constructor(h) { h.addController(this); } }",
      ),
      [],
    );
  });
});
