// The apprenticeship simulator: four native fields, then the hiring aid and the employer's
// participation with the rule that gave them. Amounts appear only for an 'eligible' / 'due' result.
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import type { EmployerParticipationResult, HiringAidEligible, HiringAidNotEligible, HiringAidResult } from '../../data/funding/index.js';
import { formatEuros, type Lang } from '../../platform/i18n.js';
import type { FundingMessages } from './opco-funding-explainer.messages.js';
import { headingTag, renderLegal, renderUnconfirmed, validityText } from './scheme-card.render.js';
import type { Simulation, SimulatorFields } from './simulator.js';

const LEVELS = [3, 4, 5, 6, 7, 8] as const;

export interface SimulatorView {
  readonly t: FundingMessages;
  readonly lang: Lang;
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
      return t.aidAmount(formatEuros(lang, aid.amount));
    case 'not-eligible':
      return t.noAid;
    case 'unknown-rule':
      return t.unknownRule;
    default:
      return sim.incomplete ? t.incomplete(sim.missing) : t.invalid;
  }
}

function renderRule(v: SimulatorView, aid: HiringAidEligible | HiringAidNotEligible): TemplateResult {
  const { t, lang } = v;
  return html`<dl class="rule" part="rule">
    <dt>${t.rule}</dt>
    <dd>${aid.ruleLabel[lang]}${aid.status === 'eligible' && aid.kind ? html` — ${t.kind(aid.kind)}` : nothing}${renderUnconfirmed(v, aid)}</dd>
    <dt>${t.period}</dt>
    <dd>${validityText(v, aid.validity)}</dd>
    <dt>${t.legalBasis}</dt>
    <dd><ul class="refs">${aid.legalBasis.map((r) => renderLegal(v, r))}</ul></dd>
  </dl>`;
}

function renderNotes(v: SimulatorView, aid: HiringAidResult): TemplateResult | typeof nothing {
  if (aid.notes.length === 0) return nothing;
  return html`<details part="conditions">
    <summary>${v.t.conditions(aid.notes.length)}</summary>
    <ul>${aid.notes.map((n) => html`<li>${n.text[v.lang]}${renderUnconfirmed(v, n)}</li>`)}</ul>
  </details>`;
}

/** The employer's participation: its amount joins the live result; the rule and not-due reason follow it. */
function participationLive(v: SimulatorView, p: EmployerParticipationResult | undefined) {
  if (p?.status !== 'due') return nothing;
  return html`<p class="result__headline" part="participation">${v.t.participation(formatEuros(v.lang, p.amount))}</p>
    <p>${p.explanation[v.lang]}</p>`;
}

function participationRule(v: SimulatorView, p: EmployerParticipationResult | undefined) {
  if (!p || p.status === 'invalid') return nothing;
  if (p.status === 'not-due') return html`<p class="meta participation">${p.explanation[v.lang]}</p>`;
  return html`<div class="participation">
    <p class="meta">${v.t.participationNone} — ${v.t.legalBasis}</p>
    <ul class="refs">${p.legalBasis.map((r) => renderLegal(v, r))}</ul>
  </div>`;
}

function renderHeadcountHint(v: SimulatorView): TemplateResult {
  const { t, sim } = v;
  const band = sim.band && t.band(sim.band.min, sim.band.max);
  return html`<p id="sim-headcount-hint" class="hint">
    ${t.headcountHint}
    ${band && sim.bandStraddles && sim.headcountSource === 'none' ? html`<strong>${t.bandStraddles(band)}</strong>` : nothing}
    ${band && sim.headcountSource === 'selection' ? html`<strong class="from-selection">${t.fromSelection(band)}</strong>` : nothing}
  </p>`;
}

export function renderSimulator(v: SimulatorView): TemplateResult {
  const { t, lang, fields, sim } = v;
  const tag = headingTag(v.level);
  const aid = sim.aid;
  const status = aid.status === 'invalid' && sim.incomplete ? 'incomplete' : aid.status;
  const explanation = aid.status === 'invalid' && sim.incomplete ? '' : aid.explanation[lang];
  return html`<section class="sim" part="simulator" aria-labelledby="sim-title">
    ${staticHtml`<${tag} id="sim-title" class="section-title">${t.simHeading}</${tag}>`}
    <p class="hint">${t.simIntro}</p>
    <form class="sim__fields" @change=${v.onChange} @submit=${(e: Event) => e.preventDefault()}>
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
      ${aid.status === 'eligible' ? html`<p class="meta">${t.aidNote}${aid.rqthApplied ? html` ${t.rqthApplied}` : nothing}</p>` : nothing}
      ${participationLive(v, sim.participation)}
    </div>
    ${aid.status === 'eligible' || aid.status === 'not-eligible' ? renderRule(v, aid) : nothing}
    ${renderNotes(v, aid)}
    ${participationRule(v, sim.participation)}
  </section>`;
}
