// The English packs (src/**/<name>.en.json) against their French catalogs, and an element's first
// English render. Every pack must have exactly the French catalog's keys, a string where French has a
// string, and for a message with parameters, templates that use only those parameters (see Template in
// src/platform/i18n.ts). This file's page has not loaded a pack before its render test: the element
// waits for its packs and never shows French first (the switch is in language-switch.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { fill, scriptCatalogs, type Catalog, type Message, type Template } from '../../src/platform/i18n.js';

const packOf = (c: Catalog<unknown>): URL => {
  const file = c.packs.en;
  return file instanceof URL ? file : file.url;
};

/** The problems of one template for a message of `arity` parameters (0 for a plain string). */
function problems(template: unknown, arity: number, at: string): string[] {
  if (typeof template === 'string') {
    const slots = [...template.matchAll(/\{(\d)(?::(\w+))?\}/g)];
    const out = slots.filter((m) => Number(m[1]) >= arity || (m[2] !== undefined && m[2] !== 'percent')).map((m) => `${at}: ${m[0]} is not a parameter`);
    const rest = template.replace(/\{(\d)(?::(\w+))?\}/g, '');
    if (/[{}]/.test(rest)) out.push(`${at}: a brace that is not a parameter`);
    return out;
  }
  if (arity === 0) return [`${at}: a choice where French has a plain string`];
  if (typeof template !== 'object' || template === null || Array.isArray(template)) return [`${at}: not a template`];
  const entries = Object.entries(template);
  const choices = entries.filter(([k]) => k !== '$');
  const out: string[] = [];
  const on = (template as { $?: unknown }).$;
  if (on !== undefined && !(Number.isInteger(on) && (on as number) >= 0 && (on as number) < arity)) out.push(`${at}: "$": ${String(on)} is not a parameter`);
  if (choices.length === 0) out.push(`${at}: a choice without entries`);
  for (const [k, v] of choices) out.push(...problems(v, arity, `${at}.${k}`));
  return out;
}

describe('English packs', () => {
  it('every catalog of the script has an English pack with exactly its keys, shapes and parameters', async () => {
    // finder, card, branch list, explainer, pay simulator, headings, the convention table's status, the next step
    expect(scriptCatalogs).to.have.length(8);
    const found: string[] = [];
    for (const catalog of scriptCatalogs) {
      const url = packOf(catalog);
      const response = await fetch(url, { cache: 'no-store' });
      expect(response.ok, url.href).to.equal(true);
      const pack = (await response.json()) as Record<string, unknown>;
      const fr = catalog.fr as Record<string, Message>;
      const name = url.pathname.split('/').pop()!;
      expect(Object.keys(pack).sort(), `${name}: keys`).to.deep.equal(Object.keys(fr).sort());
      for (const [key, message] of Object.entries(fr)) found.push(...problems(pack[key], typeof message === 'string' ? 0 : message.length, `${name} ${key}`));
    }
    expect(found).to.deep.equal([]);
  });

  it('templates: parameters, numbers in English digits, percentages, lists, choices on any parameter, null and empty alike', () => {
    const t: Template = { $: 1, null: 'From code {0}', other: { $: 2, '1': '{2} IDCC of {0}: {1}', other: '{2} IDCCs of {0}: {1}' } };
    expect(fill(t, ['Afdas', null, 3], 'en')).to.equal('From code Afdas');
    expect(fill(t, ['Afdas', '', 3], 'en')).to.equal('From code Afdas');
    expect(fill(t, ['Afdas', 'x', 1], 'en')).to.equal('1 IDCC of Afdas: x');
    expect(fill(t, ['Afdas', 'x', 1234], 'en')).to.equal('1,234 IDCCs of Afdas: x');
    expect(fill('{0:percent} of {1}', [0.424, ['1979', '2216']], 'en')).to.equal('42% of 1979, 2216');
    expect(fill({ '1': 'one', other: 'many' }, [['a']], 'en')).to.equal('one');
    expect(fill({ true: 'yes', false: 'no' }, [false], 'en')).to.equal('no');
    // "$" is never a choice, and a choice with no entry and no `other` reads as empty
    expect(fill({ a: 'A' }, ['$'], 'en')).to.equal('');
  });

  it('an English element waits for its packs: its first render is English, never French first', async () => {
    const start = performance.now();
    const card = document.createElement('opco-card');
    card.setAttribute('opco', 'akto');
    card.setAttribute('lang', 'en');
    const seen: string[] = [];
    const record = () => seen.push(card.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    document.body.append(card);
    const watcher = new MutationObserver(record);
    watcher.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    record();
    watcher.disconnect();
    const shown = seen.filter(Boolean);
    expect(shown.length).to.be.greaterThan(0);
    for (const text of shown) {
      expect(text).to.contain('Sectors');
      expect(text).not.to.contain('Secteurs');
    }
    // one request per pack of the script, once
    const packs = performance.getEntriesByType('resource').filter((r) => r.startTime >= start && r.name.endsWith('.en.json'));
    expect(packs).to.have.length(8);
    card.remove();
  });

  it('once the packs are in, an English element renders at once', async () => {
    const list = await fixture<HTMLElement>(html`<opco-branch-list lang="en"></opco-branch-list>`);
    expect(list.shadowRoot!.textContent).to.contain('Branches and collective agreements by OPCO');
    await expect(list).to.be.accessible();
  });
});
