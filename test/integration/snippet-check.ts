// A snippet as a partner copies it (a Storybook "Recette CMS", the configurator's code), checked
// against the built files: the one script it loads is the right file for the elements it shows
// (one element: its own dist/opco-<element>.js; several, or a provider: dist/opco-widgets.js),
// that file is in dist/, its integrity (if any) is that file's in dist/release.json, and the
// snippet pasted into a blank page with a strict CSP defines and renders its elements.
import { expect } from '@open-wc/testing';
import { ALL_IN_ONE, ELEMENT_FILES } from '../../scripts/lib/files.mjs';
import { defines, loadPage, shownText, waitFor } from './helpers.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' https://recherche-entreprises.api.gouv.fr; require-trusted-types-for 'script'";

export const blankPage = (body: string, head = `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />`) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8" />${head}<title>Blank</title></head><body>\n${body}</body></html>`;

export interface Release {
  version: string;
  files: { file: string; integrity: string }[];
}

export const readRelease = async (): Promise<Release> => (await fetch('/dist/release.json', { cache: 'no-store' })).json() as Promise<Release>;

/** The file (name in dist/, without `.js`) a page showing `tags` loads: the element's own, or the all-in-one file. */
export function fileFor(tags: readonly string[]): string {
  const own = tags.length === 1 ? ELEMENT_FILES.find((f) => f.tag === tags[0] && f.tag !== 'opco-provider') : undefined;
  return (own?.file ?? ALL_IN_ONE).replace(/^dist\//, '').replace(/\.js$/, '');
}

export interface Parsed {
  /** The script tag's src, as written. */
  src: string;
  /** Its file name (the last segment of the src). */
  name: string;
  integrity: string | null;
  /** The opco-* elements the snippet shows, each once, in order. */
  tags: string[];
}

/** Parses the snippet: exactly one script tag, and the opco-* elements. */
export function parseSnippet(snippet: string): Parsed {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const scripts = [...doc.querySelectorAll('script')];
  expect(scripts, 'script tags in the snippet').to.have.length(1);
  const [script] = scripts;
  expect(script.type, 'the script type').to.equal('module');
  const src = script.getAttribute('src') ?? '';
  const tags = [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('opco-')))];
  expect(tags, 'elements in the snippet').not.to.be.empty;
  return { src, name: src.split(/[?#]/)[0].split('/').pop() ?? '', integrity: script.getAttribute('integrity'), tags };
}

/**
 * Checks a snippet against dist/ and loads it into a blank page with its script from /dist/; returns
 * the parsed snippet. `versioned`: whether its file name carries the release's version.
 */
export async function checkSnippet(snippet: string, release: Release, { versioned }: { versioned: boolean }): Promise<Parsed> {
  const parsed = parseSnippet(snippet);
  const base = fileFor(parsed.tags);
  const expected = versioned ? `${base}-${release.version}.js` : `${base}.js`;
  expect(parsed.name, `the file for ${parsed.tags.join(', ')}`).to.equal(expected);

  const served = await fetch(`/dist/${parsed.name}`, { cache: 'no-store' });
  expect(served.status, `/dist/${parsed.name}`).to.equal(200);
  const entry = release.files.find((f) => f.file === parsed.name);
  expect(entry, `${parsed.name} in dist/release.json`).not.to.equal(undefined);
  if (parsed.integrity !== null) {
    expect(parsed.integrity, 'the integrity attribute').to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(parsed.integrity, `the integrity of ${parsed.name}`).to.equal(entry!.integrity);
  }

  // pasted as it is, but the script from this server's dist/ (the integrity attribute kept: checked by the browser)
  const pasted = snippet.replace(/(<script\b[^>]*\bsrc=")[^"]*(")/, `$1/dist/${parsed.name}$2`);
  const page = await loadPage({ srcdoc: blankPage(pasted) });
  for (const tag of parsed.tags) {
    await waitFor(() => defines(page.win, tag), `${parsed.name} to define <${tag}>`);
    for (const element of page.doc.querySelectorAll(tag)) {
      await waitFor(() => element.shadowRoot?.childElementCount, `<${tag}> to render into its shadow root`);
      // the provider draws nothing but its slot; every widget shows text
      if (tag !== 'opco-provider') expect(await shownText(element), `what <${tag}> shows`).not.to.equal('');
    }
  }
  expect(await page.cspReports(), 'CSP reports').to.deep.equal([]);
  return parsed;
}
