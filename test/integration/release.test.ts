// What `npm run build` publishes besides the bundle: the versioned copy and its integrity hash
// (dist/release.json, the same value the build prints), the editor data and the declarations
// that package.json points to.
import { expect } from '@open-wc/testing';
import { ALL_IN_ONE, ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { CONVENTIONS_INTEGRITY } from '../../src/data/generated/tables.js';
import { requireBuild, servesBuiltBytes, sri } from './helpers.js';

interface Release {
  name: string;
  version: string;
  builtAt: string;
  bundle: string;
  files: { file: string; bytes: number; integrity: string }[];
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} is missing (HTTP ${response.status}): run npm run build first.`);
  return (await response.json()) as T;
}

async function bytesOf(path: string): Promise<ArrayBuffer> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} is missing: run npm run build first.`);
  return response.arrayBuffer();
}

describe('release files (npm run build)', () => {
  before(requireBuild);

  it('release.json: version of package.json, a versioned copy of the bundle with its own map, hashes that match the files', async function () {
    expect(await servesBuiltBytes(), 'the test server serves dist/ as built').to.equal(true);
    const pkg = await getJson<{ version: string }>('/package.json');
    const release = await getJson<Release>('/dist/release.json');
    expect(release.version).to.equal(pkg.version);
    expect(release.bundle).to.equal(`opco-widgets-${pkg.version}.js`);
    expect(Number.isNaN(Date.parse(release.builtAt))).to.equal(false);
    expect(release.files.map((f) => f.file)).to.include.members(['opco-widgets.js', release.bundle, 'data.js']);
    for (const entry of release.files) {
      const bytes = await bytesOf(`/dist/${entry.file}`);
      expect(bytes.byteLength, `${entry.file} bytes`).to.equal(entry.bytes);
      expect(await sri(bytes), `${entry.file} integrity`).to.equal(entry.integrity);
    }
    // the same code; each file names its own source map on its last line
    const [plain, versioned] = await Promise.all(['opco-widgets.js', release.bundle].map(async (f) => new TextDecoder().decode(await bytesOf(`/dist/${f}`))));
    const body = (text: string) => text.slice(0, text.lastIndexOf('//# sourceMappingURL='));
    expect(body(versioned!)).to.equal(body(plain!));
    expect(plain!.trimEnd().endsWith('//# sourceMappingURL=opco-widgets.js.map')).to.equal(true);
    expect(versioned!.trimEnd().endsWith(`//# sourceMappingURL=${release.bundle}.map`)).to.equal(true);
  });

  it('the convention table: one content-addressed JSON next to the scripts, served as built, its sha384 the integrity the scripts check', async () => {
    const texts = Object.fromEntries(
      await Promise.all(
        [ALL_IN_ONE, ...ELEMENT_FILES.map((f) => f.file)].map(async (file) => [file, new TextDecoder().decode(await bytesOf(`/${file}`))] as const),
      ),
    );
    const names = new Set(Object.values(texts).flatMap((text) => text.match(/opco-conventions\.[0-9a-f]{12}\.json/g) ?? []));
    expect(names.size, 'one table name in all the files').to.equal(1);
    const [name] = [...names];
    // the files that list or search conventions name it and carry its integrity; the others do neither
    for (const { file, table } of [...ELEMENT_FILES, { file: ALL_IN_ONE, table: true }]) {
      expect(texts[file]!.includes(name!), `${file} names the table`).to.equal(table);
      expect(texts[file]!.includes(CONVENTIONS_INTEGRITY), `${file} carries its integrity`).to.equal(table);
    }
    const response = await fetch(`/dist/${name}`, { cache: 'no-store' });
    expect(response.ok, `dist/${name}`).to.equal(true);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    const bytes = await response.arrayBuffer();
    expect(await sri(bytes), 'sha384 of the served table').to.equal(CONVENTIONS_INTEGRITY);
    // content-addressed: the name is the start of its sha256
    const sha256 = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(name).to.equal(`opco-conventions.${sha256.slice(0, 12)}.json`);
    // the browser accepts it with that integrity
    await fetch(`/dist/${name}`, { integrity: CONVENTIONS_INTEGRITY, cache: 'no-store' });
  });

  it('editor data: every element with its attributes, for VS Code and JetBrains', async () => {
    await import('/dist/opco-widgets.js' as string);
    // the pay element ships in its own file, described in the same editor data
    await import('/dist/opco-apprentice-pay.js' as string);
    const { opcos } = (await import('/dist/data.js' as string)) as { opcos: { id: string }[] };
    const vscode = await getJson<{ tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] }>(
      '/dist/vscode.html-custom-data.json',
    );
    const webTypes = await getJson<{ name: string; contributions: { html: { elements: { name: string }[] } } }>('/dist/web-types.json');
    const tags = vscode.tags.map((t) => t.name);
    // every tag the bundle defines, and only those
    const defined = ['opco-provider', 'opco-card', 'opco-finder', 'opco-branch-list', 'opco-funding-explainer', 'opco-apprentice-pay'].filter((t) =>
      customElements.get(t),
    );
    expect([...tags].sort()).to.deep.equal([...defined].sort());
    expect(webTypes.contributions.html.elements.map((e) => e.name).sort()).to.deep.equal([...defined].sort());
    const card = vscode.tags.find((t) => t.name === 'opco-card')!;
    const opcoValues = card.attributes.find((a) => a.name === 'opco')!.values!.map((v) => v.name);
    expect(opcoValues).to.deep.equal(opcos.map((o) => o.id));
    const pkg = await getJson<{ 'web-types'?: string }>('/package.json');
    expect(pkg['web-types']).to.equal('./dist/web-types.json');
  });

  it('declarations: the types paths of package.json exist', async () => {
    const pkg = await getJson<{ types: string; exports: Record<string, { types?: string } | string> }>('/package.json');
    const paths = [pkg.types, ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'object' && e.types ? [e.types] : []))];
    for (const path of paths) {
      const response = await fetch(`/${path.replace(/^\.\//, '')}`, { cache: 'no-store' });
      expect(response.ok, `${path} exists`).to.equal(true);
    }
    // (their content is type-checked by the build: tsc -p integrate/typescript)
  });
});
