// <opco-apprentice-pay>: what each audience reads, the table and chart, attributes, fields, events,
// the provider link, languages and themes, and axe in every state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/apprentice-pay/opco-apprentice-pay.js';
import '../../../src/components/provider/opco-provider.js';
import type { OpcoApprenticePay } from '../../../src/components/apprentice-pay/opco-apprentice-pay.js';
import type { OpcoProvider } from '../../../src/components/provider/opco-provider.js';
import { apprenticePay, apprenticeSchedule } from '../../../src/data/index.js';
import { emit } from '../../../src/platform/events.js';
import { found } from '../../helpers/found.js';
import { captureWarnings } from '../../helpers/warnings.js';

type El = OpcoApprenticePay;
const root = (el: El) => el.shadowRoot!;
const text = (el: El) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

async function mount(t: TemplateResult): Promise<El> {
  const el = await fixture<El>(t);
  await el.updateComplete;
  return el;
}

async function openAll(el: El) {
  root(el)
    .querySelectorAll('details')
    .forEach((d) => (d.open = true));
  await el.updateComplete;
}

const BASE = { birthDate: '2007-03-10', contractStart: '2026-09-01', on: '2026-11-27', headcount: 30, level: 6 } as const;
const employer = (extra: TemplateResult | string = '') => html`<opco-apprentice-pay
  birth-date="2007-03-10"
  contract-start="2026-09-01"
  on-date="2026-11-27"
  headcount="30"
  level="6"
  >${extra}</opco-apprentice-pay
>`;

describe('<opco-apprentice-pay> — employer', () => {
  it('shows the month’s cost, the whole contract after aid and participation, and the data module’s figures', async () => {
    const el = await mount(employer());
    const now = apprenticePay(BASE);
    const s = apprenticeSchedule(BASE);
    if (now.kind !== 'ok' || s.kind !== 'ok') throw new Error('data');
    const t = nbsp(text(el));
    expect(t).to.contain('Ce que coûte un apprenti');
    expect(t).to.contain(nbsp(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(now.employerCostMonthly)));
    expect(t).to.contain('Aide de l’État à l’embauche');
    expect(t).to.contain('Participation aux frais du CFA');
    expect(t).to.contain(nbsp(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(s.totals.netCost)));
    // the year-by-year table: one row per contract year, with the rate
    const rows = root(el).querySelectorAll('tbody tr');
    expect(rows).to.have.length(2);
    expect(rows[0]!.textContent).to.contain('43');
    expect(rows[1]!.textContent).to.contain('51');
    // the chart: one image with a name, and its text version
    const svg = root(el).querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-labelledby')).to.equal('chart-title');
    expect(root(el).querySelectorAll('.chart__text li')).to.have.length(2);
    // sources with the as-of date and the SMIC row
    await openAll(el);
    const sources = nbsp(root(el).querySelector('[part="sources"]')!.textContent!.replace(/\s+/g, ' '));
    expect(sources).to.contain('à jour au 27 novembre 2026');
    expect(sources).to.contain('Arrêté du 22 mai 2026');
    expect(sources).to.contain('D6222-26');
    expect(sources).to.contain('au SMIC en vigueur connu');
    await expect(el).to.be.accessible();
  });

  it('without a level: asks for it to count the aid', async () => {
    const el = await mount(html`<opco-apprentice-pay age="19" contract-start="2026-09-01" on-date="2026-11-27"></opco-apprentice-pay>`);
    expect(text(el)).to.contain('Indiquez le diplôme préparé');
  });
});

describe('<opco-apprentice-pay> — apprentice', () => {
  it('reads what they earn, gross and take-home, and never that they pay or cost anything', async () => {
    const el = await mount(
      html`<opco-apprentice-pay audience="apprentice" age="19" contract-start="2026-09-01" on-date="2026-11-27" level="5" headcount="30"></opco-apprentice-pay>`,
    );
    await openAll(el);
    const t = text(el);
    expect(t).to.contain('Ce que vous gagnez');
    expect(t).to.contain('Ce que vous touchez');
    for (const word of ['coût', 'Coût', 'cotisations patronales', 'Cotisations patronales', 'aide', 'Participation', 'vous payez']) {
      expect(t, word).not.to.contain(word);
    }
    expect(root(el).querySelectorAll('thead th')).to.have.length(4);
    await expect(el).to.be.accessible();
  });
});

describe('<opco-apprentice-pay> — training centre, English, dark', () => {
  it('shows both sides in English', async () => {
    const el = await mount(
      html`<opco-apprentice-pay lang="en" theme="dark" audience="training-centre" age="23" contract-start="2025-09-01" on-date="2026-11-27" level="7" headcount="120"></opco-apprentice-pay>`,
    );
    await openAll(el);
    const t = text(el);
    expect(el.getAttribute('data-theme')).to.equal('dark');
    expect(t).to.contain('For the apprentice');
    expect(t).to.contain('For the employer');
    expect(t).to.contain('Year 2');
    expect(t).to.contain('Rules and amounts up to date as of 27 November 2026');
    expect(root(el).querySelectorAll('thead th')).to.have.length(5);
    await expect(el).to.be.accessible();
  });
});

describe('<opco-apprentice-pay> — attributes and fields', () => {
  it('bad attributes: a message in the widget and one console warning each', async () => {
    let el!: El;
    const warnings = await captureWarnings(async () => {
      el = await mount(
        html`<opco-apprentice-pay audience="boss" level="9" contract-start="demain" age="vingt" rqth="peut-être" theme="dark"></opco-apprentice-pay>`,
      );
    });
    const alerts = [...root(el).querySelectorAll('[role="alert"]')].map((a) => a.textContent!.replace(/\s+/g, ' '));
    expect(alerts.join(' ')).to.contain('audience="boss"');
    expect(alerts.join(' ')).to.contain('level="9"');
    expect(alerts.join(' ')).to.contain('contract-start="demain"');
    expect(alerts.join(' ')).to.contain('rqth="peut-être"');
    expect(warnings.filter((w) => w.includes('level="9"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('contract-start="demain"'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('nothing given: says what to fill in', async () => {
    const el = await mount(html`<opco-apprentice-pay></opco-apprentice-pay>`);
    expect(root(el).querySelector('[part="result"] [role="status"]')!.textContent).to.contain('Indiquez la date de naissance');
    await expect(el).to.be.accessible();
  });

  it('an input outside the tables says why (data module message)', async () => {
    const el = await mount(html`<opco-apprentice-pay age="19" contract-start="2024-09-01" on-date="2024-10-01"></opco-apprentice-pay>`);
    expect(text(el)).to.contain('Les taux de cotisations ne sont connus qu’à partir du');
    await expect(el).to.be.accessible();
  });

  it('typing in the fields recomputes and fires opco-pay-change with the figures shown', async () => {
    const el = await mount(html`<opco-apprentice-pay audience="apprentice" on-date="2026-11-27"></opco-apprentice-pay>`);
    const age = root(el).querySelector<HTMLInputElement>('#age')!;
    age.value = '19';
    setTimeout(() => age.dispatchEvent(new Event('input', { bubbles: true })));
    const first = await oneEvent(el, 'opco-pay-change');
    expect(first.detail.status).to.equal('missing-contract-start');
    const start = root(el).querySelector<HTMLInputElement>('#contractStart')!;
    start.value = '2026-09-01';
    setTimeout(() => start.dispatchEvent(new Event('input', { bubbles: true })));
    const event = await oneEvent(el, 'opco-pay-change');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.status).to.equal('ok');
    expect(event.detail.minimumMonthlyGross).to.equal(802.82);
    expect(event.detail.apprenticeNetMonthly).to.equal(802.82);
    expect(text(el)).to.contain('802,82');
  });

  it('an attribute set later replaces the field', async () => {
    const el = await mount(html`<opco-apprentice-pay age="19" contract-start="2026-09-01" on-date="2026-11-27"></opco-apprentice-pay>`);
    el.setAttribute('age', '27');
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#age')!.value).to.equal('27');
    expect(nbsp(text(el))).to.contain('1 867,02');
  });
});

describe('<opco-apprentice-pay> — linked through <opco-provider>', () => {
  it('takes the headcount of the company found and the level chosen in an explainer; link="off" does not', async () => {
    const provider = await fixture<OpcoProvider>(html`<opco-provider>
      <div id="finder"></div>
      <div id="explainer"></div>
      <opco-apprentice-pay age="19" contract-start="2026-09-01" on-date="2026-11-27"></opco-apprentice-pay>
      <opco-apprentice-pay link="off" age="19" contract-start="2026-09-01" on-date="2026-11-27"></opco-apprentice-pay>
    </opco-provider>`);
    const [el, alone] = [...provider.querySelectorAll<El>('opco-apprentice-pay')] as [El, El];
    found(provider.querySelector('#finder')!, 'uniformation', '0413', { min: 50, max: 99 });
    emit(provider.querySelector('#explainer')!, 'opco-simulate', {
      signedOn: '2026-09-01',
      headcount: 50,
      headcountSource: 'selection',
      level: 6,
      rqth: false,
      status: 'eligible',
      amount: 5000,
      ruleId: null,
      participation: null,
    });
    await el.updateComplete;
    await alone.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#headcount')!.value).to.equal('50');
    expect(text(el)).to.contain('d’après l’entreprise trouvée sur la page');
    expect(root(el).querySelector<HTMLSelectElement>('#level')!.value).to.equal('6');
    expect(text(el)).to.contain('Participation aux frais du CFA');
    expect(root(alone).querySelector<HTMLInputElement>('#headcount')!.value).to.equal('');
    expect(root(alone).querySelector<HTMLSelectElement>('#level')!.value).to.equal('');
    await expect(el).to.be.accessible();
  });
});
