// The apprenticeship simulator: four native fields, then the hiring aid and the employer's
// participation with the rule that gave them. Amounts appear only for an 'eligible' / 'due' result.
import { html, nothing, type TemplateResult } from 'lit';
import { keepAmounts } from '../../platform/amounts.js';
import { live } from 'lit/directives/live.js';
import type { Audience, HiringAidEligible, HiringAidNotEligible, HiringAidResult, LegalReference } from '../../data/funding/index.js';
import { formatEuros, type Lang } from '../../platform/i18n.js';
import type { FundingMessages } from './opco-funding-explainer.messages.js';
import { renderUnconfirmed } from './scheme-card.render.js';
import { renderHeadingElement } from '../../platform/heading.render.js';
import type { Simulation, SimulatorFields } from './simulator.js';

const LEVELS = [3, 4, 5, 6, 7, 8] as const;

export interface SimulatorView {
  readonly t: FundingMessages;
  readonly lang: Lang;
  readonly audience: Audience;
  readonly level: number;
  readonly fields: SimulatorFields;
  readonly sim: Simulation;
  readonly onChange: (event: Event) => void;
}

/** The sentence announced by the live region and shown as the result's headline. */
function headline(v: SimulatorView): string {
  const { t, lang, sim } = v;
  const aid = sim.aid;
  switch (aid.status) {
    case 'eligible':
      return t.aidFor(v.audience, formatEuros(lang, aid.amount));
    case 'not-eligible':
      return t.noAid;
    case 'unknown-rule':
      return t.unknownRule;
    default:
      return sim.incomplete ? t.incomplete(sim.missing.length > 1 ? 'both' : (sim.missing[0] ?? 'both')) : t.invalid;
  }
}

/** Legal references on one quiet line: linked where the sources give a link, plain text otherwise. */
function inlineRefs(v: SimulatorView, refs: readonly LegalReference[]) {
  return refs.map(
    (r, i) =>
      html`${i ? ', ' : ''}${
        r.url
          ? html`<a part="link" href=${r.url} target="_blank" rel="noopener noreferrer"
            >${r.label[v.lang]}<span class="visually-hidden"> — ${v.t.legifrance} ${v.t.newWindow}</span></a
          >`
          : r.label[v.lang]
      }${renderUnconfirmed(v, r)}`,
  );
}

/** The rule applied, its period and its legal basis (and the participation's), as one quiet line. */
function renderRule(v: SimulatorView, aid: HiringAidEligible | HiringAidNotEligible): TemplateResult {
  const { t, lang } = v;
  // the rule's label says its period ("Contrats conclus du … au …"): no second date line
  return html`<p class="rule quiet" part="rule">
    ${t.rule} ${keepAmounts(aid.ruleLabel[lang])}${aid.status === 'eligible' && aid.kind ? html` — ${t.kind(aid.kind)}` : nothing}${renderUnconfirmed(v, aid)}
    · ${t.sourcesLine} ${inlineRefs(v, aid.legalBasis)}
  </p>`;
}

/** The aid's conditions, and the legal basis of the employer's participation when it is due. */
function renderNotes(v: SimulatorView, aid: HiringAidResult): TemplateResult | typeof nothing {
  const p = v.sim.participation;
  const due = p?.status === 'due' ? p : undefined;
  const count = aid.notes.length + (due ? 1 : 0);
  if (count === 0) return nothing;
  return html`<details part="conditions">
    <summary>${v.t.conditions(count)}</summary>
    <ul>
      ${aid.notes.map((n) => html`<li>${keepAmounts(n.text[v.lang])}${renderUnconfirmed(v, n)}</li>`)}
      ${due ? html`<li>${keepAmounts(due.explanation[v.lang])} ${v.t.participationLegal} ${inlineRefs(v, due.legalBasis)}</li>` : nothing}
    </ul>
  </details>`;
}

/**
 * The figures that matter, in order of weight: the aid, what the employer pays the CFA (a cost, so
 * it reads as one), and the net effect of both for the first year. Labels above values when narrow.
 */
function renderFigures(v: SimulatorView, aid: HiringAidEligible): TemplateResult | typeof nothing {
  const { t, lang, audience } = v;
  const p = v.sim.participation;
  const paid = p?.status === 'due' ? p.amount : p?.status === 'not-due' ? 0 : undefined;
  const eur = (n: number) => formatEuros(lang, n);
  if (paid === undefined) return nothing;
  return html`<dl class="figures">
      <div class="figure figure--pay" part=${paid > 0 ? 'participation' : nothing}>
        <dt>${t.figParticipation(audience)}</dt>
        <dd>${paid > 0 ? eur(paid) : t.figNone}</dd>
      </div>
      <div class="figure figure--net">
        <dt>${t.figNet(audience)} <span class="figure__note">(${t.figNetNote})</span></dt>
        <dd class="amount">${aid.amount - paid < 0 ? `−\u00a0${eur(paid - aid.amount)}` : eur(aid.amount - paid)}</dd>
      </div>
    </dl>
    ${p?.status === 'not-due' ? html`<p class="quiet participation">${keepAmounts(p.explanation[lang])}</p>` : nothing}`;
}

function renderHeadcountHint(v: SimulatorView): TemplateResult {
  const { t, sim } = v;
  const band =
    sim.band && t.band(sim.band.max === null ? 'from' : sim.band.max === sim.band.min ? 'exactly' : 'range', sim.band.min, sim.band.max ?? sim.band.min);
  return html`<p id="sim-headcount-hint" class="hint">
    ${t.headcountHint}
    ${band && sim.bandStraddles && sim.headcountSource === 'none' ? html`<strong>${t.bandStraddles(band)}</strong>` : nothing}
    ${band && sim.headcountSource === 'selection' ? html`<strong class="from-selection">${t.fromSelection(band)}</strong>` : nothing}
  </p>`;
}

export function renderSimulator(v: SimulatorView): TemplateResult {
  const { t, lang, fields, sim } = v;
  const aid = sim.aid;
  const status = aid.status === 'invalid' && sim.incomplete ? 'incomplete' : aid.status;
  const explanation = aid.status === 'invalid' && sim.incomplete ? '' : keepAmounts(aid.explanation[lang]);
  return html`<section class="sim" part="simulator" aria-labelledby="sim-title">
    ${renderHeadingElement(v.level, t.simHeading, { id: 'sim-title', className: 'section-title' })}
    <!-- updates as the visitor types (input), like the pay simulator, and on a choice (change) -->
    <form class="sim__fields" @input=${v.onChange} @change=${v.onChange} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="sim-signed-on">${t.signedOn}</label>
        <input id="sim-signed-on" name="signedOn" type="date" .value=${live(fields.signedOn)} />
      </div>
      <div class="field">
        <label for="sim-headcount">${t.headcount}</label>
        <input id="sim-headcount" name="headcount" type="number" min="0" step="1" inputmode="numeric"
          aria-describedby="sim-headcount-hint" .value=${live(fields.headcount)} />
        ${renderHeadcountHint(v)}
      </div>
      <div class="field">
        <label for="sim-level">${t.level}</label>
        <select id="sim-level" name="level" .value=${live(fields.level)}>
          <option value="" ?selected=${fields.level === ''}>${t.levelChoose}</option>
          ${LEVELS.map((n) => html`<option value=${String(n)} ?selected=${fields.level === String(n)}>${t.levelName(n)}</option>`)}
        </select>
      </div>
      <div class="field field--check">
        <input id="sim-rqth" name="rqth" type="checkbox" .checked=${live(fields.rqth === true)} />
        <label for="sim-rqth">${t.rqth}</label>
      </div>
    </form>
    <div class="result result--${status}" part="result" data-status=${status} aria-live="polite" aria-atomic="true">
      <p class="result__headline">${headline(v)}${aid.status === 'eligible' ? renderUnconfirmed(v, aid) : nothing}</p>
      ${explanation ? html`<p class="result__why">${explanation}</p>` : nothing}
      ${aid.status === 'eligible' ? renderFigures(v, aid) : nothing}
      ${aid.status === 'eligible' ? html`<p class="quiet">${t.aidNote}${aid.rqthApplied ? html` ${t.rqthApplied}` : nothing}</p>` : nothing}
      ${
        aid.status === 'eligible' && (v.audience === 'apprentice' || (v.audience === 'training-centre' && v.sim.participation?.status === 'due'))
          ? html`<p class="for-audience">${t.forAudience(v.audience)}</p>`
          : nothing
      }
      ${
        aid.status === 'not-eligible' && v.sim.participation?.status !== 'invalid' && v.sim.participation
          ? html`<p class="quiet participation">${keepAmounts(v.sim.participation.explanation[lang])}</p>`
          : nothing
      }
    </div>
    ${aid.status === 'eligible' || aid.status === 'not-eligible' ? renderRule(v, aid) : nothing}
    ${renderNotes(v, aid)}
  </section>`;
}
