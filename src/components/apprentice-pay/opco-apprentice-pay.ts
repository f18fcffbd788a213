import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { apprenticePay, apprenticeSchedule, type ApprenticePayInput, type ApprenticePayOk, type ApprenticeScheduleOk } from '../../data/pay/apprentice-pay.js';
import type { PayInvalid } from '../../data/pay/input.js';
import { PAY_SOURCES, type PaySource } from '../../data/pay/tables.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { formatDate, formatEuros, formatNumber } from '../../platform/i18n.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { pageToday } from '../../services/clock.js';
import { OpcoHeadedElement } from '../../platform/opco-headed-element.js';
import { renderHeadingElement, renderHeading } from '../../platform/heading.render.js';
import { renderStatus } from '../../platform/status.render.js';
import { statusStyles } from '../../platform/status.styles.js';
import type { AttributeProblem } from '../../platform/attributes.js';
import { readPayAttributes, type PayField } from './attributes.js';
import { renderChart } from './chart.render.js';
import { messages, type PayAudience, type PayMessages } from './opco-apprentice-pay.messages.js';
import { styles } from './opco-apprentice-pay.styles.js';

/** Detail of `opco-pay-change`: what the visitor entered and the figures now shown. */
export interface PayChangeDetail {
  readonly audience: PayAudience;
  readonly input: ApprenticePayInput;
  /** `ok`, or the reason the figures cannot be computed (`missing-age`, `bad-contract-start`…). */
  readonly status: 'ok' | PayInvalid['reason'];
  readonly minimumMonthlyGross: number | null;
  readonly apprenticeNetMonthly: number | null;
  readonly employerCostMonthly: number | null;
  /** Whole contract: employer cost after the hiring aid and the 750 € participation. */
  readonly netCost: number | null;
}

type Fields = {
  birthDate: string;
  age: string;
  contractStart: string;
  contractMonths: string;
  level: string;
  headcount: string;
  monthlyGross: string;
  conventionalMinimum: string;
  rqth: boolean;
};

/** The fields an attribute can prefill. */
const FIELD_PROPS: readonly PayField[] = ['birthDate', 'age', 'contractStart', 'contractMonths', 'level', 'headcount', 'monthlyGross', 'conventionalMinimum'];

/** The pay simulator's title sits one level below a page section by default (as it always did). */
const DEFAULT_LEVEL = 3;

const isDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isNumber = (v: string): boolean => /^\d{1,9}(?:[.,]\d{1,2})?$/.test(v);
const isWhole = (v: string, min: number, max: number): boolean => /^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max;

const LEVELS = [3, 4, 5, 6, 7] as const;

/**
 * Le salaire d’un apprenti et ce qu’il coûte : la rémunération minimale légale selon l’âge et
 * l’année de contrat (Code du travail, D6222-26 à -32), le salaire net après les cotisations de
 * l’apprenti (règle de mars 2025, selon la date de signature), les cotisations de l’employeur
 * après la réduction générale, l’aide de l’État à l’embauche et la participation de 750 €, au
 * mois et sur tout le contrat, avec un tableau année par année et un graphique. Chaque chiffre
 * porte sa source légale et sa date. Dans un `<opco-provider>`, l’effectif de l’entreprise
 * trouvée par un widget de recherche et le niveau de diplôme choisi dans l’explication des
 * financements remplissent les champs que le visiteur n’a pas remplis.
 *
 * Livré dans son propre fichier, `opco-apprentice-pay.js`, pour que les pages qui ne l’utilisent
 * pas ne le téléchargent pas.
 *
 * @tagname opco-apprentice-pay
 * @summary Salaire de l’apprenti (brut, net) et coût pour l’employeur, année par année.
 * @fires opco-pay-change - Le visiteur a modifié un champ. Détail : `{ audience, input, status, minimumMonthlyGross, apprenticeNetMonthly, employerCostMonthly, netCost }`.
 * @csspart base - Le widget entier.
 * @csspart heading - Le titre.
 * @csspart form - Les champs.
 * @csspart result - Les chiffres (une zone annoncée poliment aux lecteurs d’écran).
 * @csspart summary - Les chiffres du mois.
 * @csspart totals - Les chiffres sur tout le contrat.
 * @csspart table - Le tableau année par année.
 * @csspart chart - Le graphique (figure avec sa légende).
 * @csspart chart-text - La version texte du graphique (un bloc dépliable).
 * @csspart sources - Sources, hypothèses et date (un bloc dépliable).
 * @csspart status - Les messages sur une saisie manquante ou une valeur d’attribut invalide.
 */
export class OpcoApprenticePay extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** Qui lit : `employer` (employeur, par défaut : coût, aide, coût net), `apprentice` (apprenti : salaire brut et net seulement) ou `training-centre` (CFA, organisme de formation : les deux). */
  @property() audience?: string;

  /** Date de naissance de l’apprenti, au format AAAA-MM-JJ (la tranche d’âge change le 1er du mois qui suit les 18, 21 et 26 ans). */
  @property({ attribute: 'birth-date' }) birthDate?: string;

  /** Âge de l’apprenti au début du contrat, quand la date de naissance n’est pas donnée. */
  @property() age?: string | number;

  /** Premier jour du contrat, au format AAAA-MM-JJ ; la 2e année commence à la date anniversaire. */
  @property({ attribute: 'contract-start' }) contractStart?: string;

  /** Durée du contrat en mois, de 1 à 36 (48 avec la RQTH). Par défaut 24. */
  @property({ attribute: 'contract-months' }) contractMonths?: string | number;

  /** Date de signature du contrat, au format AAAA-MM-JJ (elle décide de la règle de cotisations de mars 2025 et de l’aide). Par défaut : le début du contrat. */
  @property({ attribute: 'signed-on' }) signedOn?: string;

  /** Niveau du diplôme préparé, de 3 (CAP) à 7 (master). Par défaut : le niveau choisi dans l’explication des financements de la page. */
  @property() level?: string | number;

  /** Effectif de l’entreprise (salariés). Par défaut : celui de l’entreprise trouvée par un widget de recherche de la page. */
  @property() headcount?: string | number;

  /** Salaire brut mensuel prévu, en euros. Par défaut : le minimum légal. */
  @property({ attribute: 'monthly-gross' }) monthlyGross?: string | number;

  /** Salaire minimum conventionnel du poste, en euros par mois (la base à partir de 21 ans quand il dépasse le SMIC). */
  @property({ attribute: 'conventional-minimum' }) conventionalMinimum?: string | number;

  /** L’apprenti est reconnu travailleur handicapé (RQTH) : `rqth`, `rqth="true"` ou `rqth="false"`. */
  @property() rqth?: string | boolean;

  /** Jour auquel les chiffres du mois sont calculés, au format AAAA-MM-JJ. Par défaut : aujourd’hui. */
  @property({ attribute: 'on-date' }) onDate?: string;

  @state() private fields: Fields = {
    birthDate: '',
    age: '',
    contractStart: '',
    contractMonths: '24',
    level: '',
    headcount: '',
    monthlyGross: '',
    conventionalMinimum: '',
    rqth: false,
  };
  /** Level and headcount a funding explainer on the page reported (opco-simulate). */
  @state() private fromExplainer: { level?: number; headcount?: number } = {};
  private problems: readonly AttributeProblem[] = [];
  /** Level of the headings inside (one below the title). */
  private innerLevel = DEFAULT_LEVEL + 1;
  /** The attributes as read (valid values only, as text). */
  private attrs: Readonly<Record<string, string | boolean | undefined>> = {};
  private now?: ApprenticePayOk | PayInvalid;
  private schedule?: ApprenticeScheduleOk | PayInvalid;
  private input: ApprenticePayInput = {};
  private provider: HTMLElement | null = null;

  private readonly onSimulate = (event: GlobalEventHandlersEventMap['opco-simulate']) => {
    if (!this.linked) return;
    const d = event.detail;
    this.fromExplainer = {
      ...(d.level !== null && d.level >= 3 && d.level <= 7 ? { level: d.level } : {}),
      ...(d.headcount !== null ? { headcount: d.headcount } : {}),
    };
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.provider = this.closest<HTMLElement>('opco-provider');
    this.provider?.addEventListener('opco-simulate', this.onSimulate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.provider?.removeEventListener('opco-simulate', this.onSimulate);
    this.provider = null;
  }

  private get audience_(): PayAudience {
    return (this.attrs['audience'] as PayAudience | undefined) ?? 'employer';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const t = this.t(messages);
    // every attribute through the platform's readers (PAY_SPEC): any value a page sets is safe here
    const read = readPayAttributes(this, t);
    this.attrs = read.values;
    this.problems = this.report(read.problems);
    const f = { ...this.fields };
    let touched = false;
    // an attribute set or changed by the page replaces what the field holds (an invalid one empties it)
    for (const key of FIELD_PROPS) {
      if (changed.has(key as keyof OpcoApprenticePay)) {
        f[key] = (read.values[key] as string | undefined) ?? (key === 'contractMonths' ? '24' : '');
        touched = true;
      }
    }
    if (changed.has('rqth')) {
      f.rqth = read.values['rqth'] === true;
      touched = true;
    }
    if (touched) this.fields = f;
    this.compute();
  }

  /** The headcount used: typed or attribute, else the company found on the page, else the explainer's. */
  private get headcountUsed(): { value?: string; fromPage: boolean } {
    const own = this.fields.headcount.trim();
    if (own !== '' && isNumber(own)) return { value: own, fromPage: false };
    if (this.linked && this.selection?.headcount) return { value: String(this.selection.headcount.min), fromPage: true };
    if (this.linked && this.fromExplainer.headcount !== undefined) return { value: String(this.fromExplainer.headcount), fromPage: true };
    return { fromPage: false };
  }

  private get levelUsed(): string | undefined {
    const own = this.fields.level.trim();
    if (own !== '' && isWhole(own, 3, 7)) return own;
    if (this.linked && this.fromExplainer.level !== undefined) return String(this.fromExplainer.level);
    return undefined;
  }

  private compute(): void {
    const f = this.fields;
    const ok = (v: string, test: (s: string) => boolean) => (v.trim() !== '' && test(v.trim()) ? v.trim() : undefined);
    const onDate = this.attrs['onDate'] as string | undefined;
    const input: Record<string, unknown> = {
      birthDate: ok(f.birthDate, isDate),
      age: ok(f.birthDate, isDate) ? undefined : ok(f.age, () => true),
      contractStart: ok(f.contractStart, () => true),
      contractMonths: ok(f.contractMonths, () => true),
      signedOn: this.attrs['signedOn'],
      on: onDate ?? pageToday(),
      level: this.levelUsed,
      headcount: this.headcountUsed.value,
      monthlyGross: ok(f.monthlyGross, () => true),
      conventionalMinimum: ok(f.conventionalMinimum, () => true),
      rqth: f.rqth,
    };
    for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
    this.input = input as ApprenticePayInput;
    this.now = apprenticePay(this.input);
    this.schedule = apprenticeSchedule(this.input);
  }

  protected override render() {
    const t = this.t(messages);
    const a = this.audience_;
    const heading = this.headingFor(t.heading(a), DEFAULT_LEVEL);
    this.innerLevel = heading.inner;
    return html`<section part="base" class="pay frame" aria-labelledby=${heading.text === null ? nothing : 'heading'} aria-label=${heading.text === null ? t.heading(a) : nothing}>
      ${renderHeading(heading, { id: 'heading', part: 'heading', className: 'heading' })}
      <p class="intro">${t.intro(a)}</p>
      ${this.headingProblem()} ${this.problems.map((p) => renderStatus('error', p.message))} ${this.renderForm(t)}
      <div part="result" class="result" aria-live="polite">${this.renderResult(t, a)}</div>
    </section>`;
  }

  private renderForm(t: PayMessages): TemplateResult {
    const f = this.fields;
    const hc = this.headcountUsed;
    const input = (name: keyof Fields, label: string, type: string, extra: { hint?: string; min?: string; max?: string; value?: string; step?: string } = {}) =>
      html`<div class="field">
        <label for=${name}>${label}</label>
        <input
          id=${name}
          name=${name}
          type=${type}
          inputmode=${type === 'text' ? 'decimal' : nothing}
          min=${extra.min ?? nothing}
          max=${extra.max ?? nothing}
          step=${extra.step ?? nothing}
          aria-describedby=${extra.hint ? `${name}-hint` : nothing}
          .value=${live(extra.value ?? String(f[name]))}
          @input=${this.onInput}
        />
        ${extra.hint ? html`<span class="hint" id="${name}-hint">${extra.hint}</span>` : nothing}
      </div>`;
    // four questions first (the age, the start, the diploma, the headcount): the result shows at once;
    // the rest, which only refines it, under "Affiner"
    // open when the page set one of them: a value that changes the result is never hidden
    const refined = [this.contractMonths, this.monthlyGross, this.conventionalMinimum, this.rqth].some((v) => v !== undefined && v !== null && v !== '');
    return html`<form part="form" class="form" aria-label=${t.form} @submit=${(e: Event) => e.preventDefault()}>
      <fieldset class="field field--age">
        <legend>${t.ageQuestion}</legend>
        <div class="pair">
          ${input('birthDate', t.birthDate, 'date')} ${input('age', t.age, 'number', { hint: t.ageHint, min: '14', max: '99' })}
        </div>
      </fieldset>
      ${input('contractStart', t.contractStart, 'date')}
      ${input('headcount', t.headcount, 'number', { min: '0', value: f.headcount !== '' ? f.headcount : (hc.value ?? ''), ...(hc.fromPage ? { hint: t.headcountFromPage } : {}) })}
      <div class="field field--level">
        <label for="level">${t.level}</label>
        <select id="level" name="level" @change=${this.onInput}>
          <option value="" ?selected=${this.levelUsed === undefined}>${t.levelNone}</option>
          ${LEVELS.map((l) => html`<option value=${l} ?selected=${this.levelUsed === String(l)}>${t.levelName(l)}</option>`)}
        </select>
      </div>
      <details class="refine" part="refine" ?open=${refined}>
        <summary>${t.refine} <span class="refine__what">(${t.refineWhat})</span></summary>
        <div class="refine__fields">
          ${input('contractMonths', t.contractMonths, 'number', { min: '1', max: f.rqth ? '48' : '36' })}
          ${input('monthlyGross', t.monthlyGross, 'text', { hint: t.monthlyGrossHint })}
          ${input('conventionalMinimum', t.conventionalMinimum, 'text', { hint: t.conventionalMinimumHint })}
          <div class="field field--check">
            <input id="rqth" name="rqth" type="checkbox" .checked=${live(f.rqth)} @change=${this.onInput} />
            <label for="rqth">${t.rqth}</label>
          </div>
        </div>
      </details>
    </form>`;
  }

  private renderResult(t: PayMessages, a: PayAudience): TemplateResult {
    const now = this.now;
    const s = this.schedule;
    if (!now || !s) return html``;
    if (now.kind === 'invalid' || s.kind === 'invalid') {
      const bad = (now.kind === 'invalid' ? now : s) as PayInvalid;
      const missing = bad.reason === 'missing-age' || bad.reason === 'missing-contract-start';
      return renderStatus(missing ? 'info' : 'warning', missing ? t.needMore : bad.message[this.lang_]);
    }
    const lang = this.lang_;
    const eur = (n: number) => formatEuros(lang, n);
    const day = (d: string) => formatDate(lang, d);
    const basis = now.basis === 'smic' ? t.smic : t.conventional;
    const rate = t.rateOf(formatNumber(lang, now.rate), basis);
    const showApprentice = a !== 'employer';
    const showEmployer = a !== 'apprentice';
    const colon = lang === 'fr' ? ' : ' : ': ';
    const ref = (label: string, sources: readonly PaySource[]) =>
      html`<p class="source">${label}${colon}${sources.map((x, i) => html`${i ? ' ; ' : ''}${x.label[lang]}`)}</p>`;
    const minimumSources = [now.smic.source, PAY_SOURCES.d6222_26, PAY_SOURCES.d6222_27_32];
    return html`
      <p class="when">${t.now(day(now.on))} · ${t.yearN(now.contractYear)} · ${t.band(now.ageBand)} · ${rate}</p>
      ${now.belowMinimum ? renderStatus('warning', t.belowMinimum) : nothing}
      <div class="sides">
        ${
          showApprentice
            ? html`<div class="side">
              ${a === 'training-centre' ? renderHeadingElement(this.innerLevel, t.apprenticeSide) : nothing}
              <dl part="summary" class="summary">
                <div><dt>${a === 'apprentice' ? t.youGross : t.employerGross}</dt><dd>${eur(now.minimumMonthlyGross)}</dd></div>
                <div><dt>${t.youNet}</dt><dd class="big">${eur(now.apprenticeNetMonthly)}</dd></div>
              </dl>
              <p class="note">${t.youNetNote}</p>
            </div>`
            : nothing
        }
        ${
          showEmployer
            ? html`<div class="side">
              ${a === 'training-centre' ? renderHeadingElement(this.innerLevel, t.employerSide) : nothing}
              <dl part="summary" class="summary">
                <div><dt>${t.employerGross}</dt><dd>${eur(now.monthlyGross)}</dd></div>
                <div><dt>${t.employerContributions}</dt><dd>${eur(now.employerContributionsMonthly)}</dd></div>
                <div><dt>${t.employerMonthly}</dt><dd class="big">${eur(now.employerCostMonthly)}</dd></div>
              </dl>
            </div>`
            : nothing
        }
      </div>
      ${showEmployer ? this.renderTotals(t, s) : nothing} ${this.renderTable(t, a, s)} ${this.renderYearChart(t, a, s)}
      <details part="sources" class="sources">
        <summary>${t.sources}</summary>
        <p>${t.asOf(day(now.asOf))}</p>
        <p>
          ${t.smicUsed(eur(now.smic.hourly), eur(now.smic.monthly), day(now.smic.from))} (${now.smic.source.label[lang]})${now.smic.latestKnown ? html`, ${t.latestKnown}` : '.'}
        </p>
        ${ref(t.sourceMinimum, minimumSources)} ${ref(t.sourceNet, [PAY_SOURCES.l6243_2, PAY_SOURCES.l136_1_1])}
        ${showEmployer ? ref(t.sourceEmployer, [PAY_SOURCES.rg2025, PAY_SOURCES.rgdu2026, PAY_SOURCES.urssafRates]) : nothing}
        ${showEmployer && s.hiringAid && s.hiringAid.status !== 'invalid' ? html`<p class="source">${t.sourceAid}${colon}${s.hiringAid.explanation[lang]}</p>` : nothing}
        <p>${t.assumptions}${colon.trimEnd()}</p>
        <ul>
          ${now.assumptions.map((x) => html`<li>${x[lang]}</li>`)}
        </ul>
      </details>
    `;
  }

  private renderTotals(t: PayMessages, s: ApprenticeScheduleOk): TemplateResult {
    const eur = (n: number) => formatEuros(this.lang_, n);
    const months = s.months.length;
    const aid = s.hiringAid;
    const aidRow = !aid
      ? html`<div><dt>${t.hiringAid}</dt><dd>${t.aidNeedsLevel}</dd></div>`
      : aid.status === 'eligible'
        ? html`<div><dt>${t.hiringAid}</dt><dd class="amount">−\u00a0${eur(s.totals.hiringAid)}</dd></div>`
        : html`<div><dt>${aid.status === 'not-eligible' ? t.noAid : t.aidUnknown}</dt><dd>—</dd></div>`;
    return html`<div part="totals" class="totals">
      ${renderHeadingElement(this.innerLevel, t.wholeContract(months))}
      <dl class="summary">
        <div><dt>${t.totalGross}</dt><dd>${eur(s.totals.gross)}</dd></div>
        <div><dt>${t.totalContributions}</dt><dd>${eur(s.totals.employerContributions)}</dd></div>
        ${aidRow}
        ${s.totals.participation > 0 ? html`<div><dt>${t.participation}</dt><dd class="amount">+\u00a0${eur(s.totals.participation)}</dd></div>` : nothing}
        <div><dt>${t.netCost}</dt><dd class="big">${eur(s.totals.netCost)}</dd></div>
      </dl>
    </div>`;
  }

  private renderTable(t: PayMessages, a: PayAudience, s: ApprenticeScheduleOk): TemplateResult {
    const lang = this.lang_;
    const eur = (n: number) => formatEuros(lang, n);
    const range = (x: number, y: number) => (x === y ? eur(x) : t.rising(eur(x), eur(y)));
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
      <table part="table">
        <caption id="table-caption">${t.tableCaption(a)}</caption>
        <thead>
          <tr>
            <th scope="col">${t.colYear}</th>
            <th scope="col">${t.colFrom}</th>
            <th scope="col">${t.colMonthlyGross}</th>
            ${a !== 'employer' ? html`<th scope="col">${t.colYearNet}</th>` : nothing}
            ${a !== 'apprentice' ? html`<th scope="col">${t.colYearCost}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${s.years.map((y) => {
            const months = s.months.filter((m) => m.contractYear === y.contractYear);
            const rates = [...new Set(months.map((m) => m.rate))].map((r) => `${formatNumber(lang, r)} %`).join(' → ');
            // data-label: below ~30rem each row stacks, and each cell shows its column's name (CSS attr())
            return html`<tr>
              <th scope="row">${t.yearN(y.contractYear)} <span class="rate">(${rates})</span></th>
              <td data-label=${t.colFrom}>${formatDate(lang, y.from)}</td>
              <td data-label=${t.colMonthlyGross}>${range(y.firstMonthlyGross, y.lastMonthlyGross)}</td>
              ${a !== 'employer' ? html`<td data-label=${t.colYearNet} class="amount">${eur(y.net)}</td>` : nothing}
              ${a !== 'apprentice' ? html`<td data-label=${t.colYearCost} class="amount">${eur(y.employerCost)}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderYearChart(t: PayMessages, a: PayAudience, s: ApprenticeScheduleOk): TemplateResult {
    const lang = this.lang_;
    const eur = (n: number) => formatEuros(lang, Math.round(n));
    const bars = s.years.map((y) => {
      const value = a === 'apprentice' ? y.net : y.employerCost;
      return { label: t.yearN(y.contractYear), value, valueText: eur(value), months: y.months };
    });
    return renderChart('chart', t.chartTitle(a), t.chartText, bars, (b) => t.chartItem(b.label, b.valueText, b.months));
  }

  private readonly onInput = async (event: Event) => {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    const name = el.name as keyof Fields;
    const f = { ...this.fields };
    if (name === 'rqth') f.rqth = (el as HTMLInputElement).checked;
    else if (name in f) (f as Record<string, unknown>)[name] = el.value;
    else return;
    this.fields = f;
    await this.updateComplete;
    emit(this, 'opco-pay-change', this.detail());
  };

  private detail(): PayChangeDetail {
    const now = this.now;
    const s = this.schedule;
    const okNow = now && now.kind === 'ok' ? now : undefined;
    const okS = s && s.kind === 'ok' ? s : undefined;
    return {
      audience: this.audience_,
      input: this.input,
      status: okNow && okS ? 'ok' : ((now?.kind === 'invalid' ? now : s?.kind === 'invalid' ? s : undefined)?.reason ?? 'missing-age'),
      minimumMonthlyGross: okNow?.minimumMonthlyGross ?? null,
      apprenticeNetMonthly: okNow?.apprenticeNetMonthly ?? null,
      employerCostMonthly: okNow?.employerCostMonthly ?? null,
      netCost: okS?.totals.netCost ?? null,
    };
  }
}

defineElement('opco-apprentice-pay', OpcoApprenticePay);

declare global {
  interface HTMLElementTagNameMap {
    'opco-apprentice-pay': OpcoApprenticePay;
  }
  interface GlobalEventHandlersEventMap {
    'opco-pay-change': CustomEvent<PayChangeDetail>;
  }
}
