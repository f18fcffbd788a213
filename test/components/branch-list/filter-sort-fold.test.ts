import { expect, html } from '@open-wc/testing';
import { withFakeClock } from '../../helpers/fake-clock.js';
import { conventionsOf, findConvention } from '../../../src/data/index.js';
import { $, $$, groupIdccs, mount, text, toggleOf, typeFilter, visibleIdccs } from './helpers.js';

const akto = () => mount(html`<opco-branch-list opco="akto"></opco-branch-list>`);

describe('<opco-branch-list> filter', () => {
  it('"propreté" finds IDCC 3043 in AKTO, and the count follows', async () => {
    const el = await akto();
    await typeFilter(el, 'propreté');
    expect(visibleIdccs(el)).to.include('3043');
    expect(text($(el, '#count'))).to.match(/^\d+ IDCC correspond(ent)? sur 107/);
  });

  for (const [query, why] of [
    ['proprete', 'without accents'],
    ['PROPRETÉ', 'in capitals'],
    ['propete', 'with a typo'],
    ['3043', 'by IDCC'],
    ['IDCC 3043', 'with the "IDCC" prefix'],
  ]) {
    it(`finds 3043 ${why} ("${query}")`, async () => {
      const el = await akto();
      await typeFilter(el, query);
      expect(visibleIdccs(el)).to.include('3043');
    });
  }

  it('an IDCC filter shows that convention alone', async () => {
    const el = await akto();
    await typeFilter(el, '3043');
    expect(visibleIdccs(el)).to.deep.equal(['3043']);
    expect(text($(el, '#count'))).to.match(/^1 IDCC correspond sur 107/);
  });

  it('an old IDCC shows its successor with the replaced one unfolded under it', async () => {
    const el = await akto();
    await typeFilter(el, '0635');
    const nested = $(el, '[data-idcc="0635"]')!;
    expect(nested.checkVisibility()).to.equal(true);
    expect(nested.closest('li.row')!.parentElement!.closest('li.row')!.querySelector('.choose')!.getAttribute('data-idcc')).to.equal('0573');
    expect(text(nested.closest('li'))).to.contain('Remplacé par l’IDCC 0573');
  });

  it('only matches conventions of this OPCO', async () => {
    const el = await akto();
    await typeFilter(el, 'coiffure');
    expect(visibleIdccs(el)).to.deep.equal([]);
    expect(text($(el, '[part="status"]'))).to.contain('Aucune convention de cet OPCO ne correspond à « coiffure »');
  });

  it('an empty result offers to clear the filter, which restores the list and focuses the field', async () => {
    const el = await akto();
    await typeFilter(el, 'zzzzqqq');
    const clear = $$<HTMLButtonElement>(el, '[part="status"] button')[0]!;
    expect(text(clear)).to.equal('Effacer le filtre');
    clear.click();
    await el.updateComplete;
    expect(el.filter).to.equal('');
    expect(el.shadowRoot!.activeElement?.id).to.equal('filter');
    // back to the compact first view: a few rows, and the button that shows the whole section
    expect(visibleIdccs(el).length).to.equal(3);
    expect(text($(el, '#group-national .more')!)).to.match(/^Afficher les \d+ conventions$/);
  });

  it('is compact by default: three rows per section, then "Afficher les N conventions" shows them all', async () => {
    const el = await akto();
    const national = () => [...el.shadowRoot!.querySelectorAll('#group-national > ul > li')];
    expect(national()).to.have.length(3);
    const more = $<HTMLButtonElement>(el, '#group-national .more')!;
    const total = Number(/\d+/.exec(text(more))![0]);
    expect(total).to.be.greaterThan(3);
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(national()).to.have.length(total);
    expect(el.shadowRoot!.activeElement).to.equal(national()[3]!.querySelector('.choose'));
    expect($(el, '#group-national .more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Escape empties the field', async () => {
    const el = await akto();
    await typeFilter(el, 'hôtel');
    $<HTMLInputElement>(el, '#filter')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.filter).to.equal('');
  });

  it('takes a prefill from the filter attribute', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" filter="sécurité"></opco-branch-list>`);
    expect($<HTMLInputElement>(el, '#filter')!.value).to.equal('sécurité');
    expect(visibleIdccs(el)).to.include('1351');
  });

  it('announces the count politely once typing pauses', async () => {
    const el = await akto();
    const live = $(el, '[aria-live="polite"]')!;
    // the pause is on the page's clock: the test moves past it instead of sleeping through it
    await withFakeClock(async (clock) => {
      await typeFilter(el, 'p');
      await typeFilter(el, 'pro');
      await typeFilter(el, 'propreté');
      expect(text(live)).to.equal('');
      await clock.advance(750);
      await el.updateComplete;
    });
    expect(text(live)).to.equal(text($(el, '#count')).replace(/ Un IDCC.*/, ''));
  });

  for (const [label, input] of [
    ['10 000 characters', 'a'.repeat(10_000)],
    ['HTML', '<img src=x onerror="window.__pwned=1"><b>gras</b>'],
    ['emoji', '🧹 propreté 🧽'],
  ]) {
    it(`survives ${label}`, async () => {
      const el = await akto();
      await typeFilter(el, input);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($(el, '#count')).to.exist;
    });
  }
});

describe('<opco-branch-list> sort', () => {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const nameOf = (idcc: string) => {
    const c = findConvention(idcc)!;
    return c.shortTitle ?? c.title ?? '';
  };

  it('sorts by name (as shown) by default', async () => {
    const el = await akto();
    const names = groupIdccs(el, 'national').map(nameOf);
    expect(names).to.deep.equal([...names].sort(collator.compare));
  });

  it('sorts by IDCC with sort="idcc" and from the select', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" sort="idcc"></opco-branch-list>`);
    const ids = groupIdccs(el, 'national');
    expect(ids).to.deep.equal([...ids].sort());
    const select = $<HTMLSelectElement>(el, '#sort')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(groupIdccs(el, 'national')).not.to.deep.equal(ids);
  });
});

describe('<opco-branch-list> sections', () => {
  it('shows national conventions and folds the others', async () => {
    const el = await akto();
    expect(toggleOf(el, 'national')!.getAttribute('aria-expanded')).to.equal('true');
    for (const id of ['other', 'local', 'untitled', 'ended']) {
      expect(toggleOf(el, id)!.getAttribute('aria-expanded'), id).to.equal('false');
      expect($(el, `#group-${id}`)!.hidden, id).to.equal(true);
    }
  });

  it('unfolds a section with its disclosure button', async () => {
    const el = await akto();
    toggleOf(el, 'local')!.click();
    await el.updateComplete;
    expect(toggleOf(el, 'local')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#group-local')!.hidden).to.equal(false);
    expect(toggleOf(el, 'local')!.getAttribute('aria-controls')).to.equal('group-local');
  });

  it('show-regional unfolds the regional and departmental section', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" show-regional></opco-branch-list>`);
    expect(toggleOf(el, 'local')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('a filter unfolds the sections it found something in', async () => {
    const el = await akto();
    await typeFilter(el, 'forestières');
    expect(toggleOf(el, 'local')!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggleOf(el, 'national')).to.equal(null);
  });

  it('names untitled IDCCs honestly', async () => {
    const untitled = conventionsOf('akto').find((c) => c.title === null)!;
    const el = await akto();
    toggleOf(el, 'untitled')!.click();
    await el.updateComplete;
    expect(text($(el, `[data-idcc="${untitled.idcc}"]`))).to.equal(`Titre non disponible (IDCC ${untitled.idcc})`);
  });

  it('marks shared and low-confidence IDCCs in words', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" show-regional page-size="1000"></opco-branch-list>`);
    const shared = conventionsOf('akto').find((c) => c.candidates.includes('ocapiat'))!;
    expect(text($(el, `[data-idcc="${shared.idcc}"]`)!.closest('li'))).to.match(/Partagé avec OCAPIAT : \d+ % des établissements/);
  });

  it('shows the official title under short labels on demand', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" page-size="25"></opco-branch-list>`);
    const toggle = $<HTMLButtonElement>(el, '[part="titles-toggle"]')!;
    // its label says what it does from the state it is in
    expect(text(toggle)).to.equal('Afficher les titres officiels');
    expect($(el, '.official')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Afficher les titres courts');
    expect(text($(el, '[data-idcc="3043"]')!.closest('li')!.querySelector('.official'))).to.contain(
      'Convention collective nationale des entreprises de propreté',
    );
  });
});

describe('<opco-branch-list> show more', () => {
  it('pages long sections and moves focus to the first new row', async () => {
    const el = await mount(html`<opco-branch-list opco="ocapiat" show-regional page-size="25"></opco-branch-list>`);
    expect(groupIdccs(el, 'local').length).to.equal(25);
    const more = $<HTMLButtonElement>(el, '#group-local .more')!;
    expect(text(more)).to.match(/^Afficher 25 de plus \(\d+ restants\)$/);
    more.focus();
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    const rows = groupIdccs(el, 'local');
    expect(rows.length).to.equal(50);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.idcc).to.equal(rows[25]);
  });

  it('honours page-size', async () => {
    const el = await mount(html`<opco-branch-list opco="akto" page-size="5"></opco-branch-list>`);
    expect(groupIdccs(el, 'national').length).to.equal(5);
  });
});
