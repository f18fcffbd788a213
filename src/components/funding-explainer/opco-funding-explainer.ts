import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SchemeId } from '../../data/funding/scheme-types.js';
import type { Audience } from '../../data/funding/types.js';
import { SCHEME_IDS, SCHEME_ORDER } from './scheme-order.js';
import { flowCount, loadRest, onRestChange, restState, type RestState } from './explainer-data.js';
import { FIRST_SCHEME } from './first-scheme.js';
import { parseHeadcount, parseISODate, parseLevel, type Parsed } from '../../data/funding/parse.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { OpcoHeadedElement } from '../../platform/opco-headed-element.js';
import { renderHeading } from '../../platform/heading.render.js';
import { resolveHeading } from '../../platform/heading.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderProblems, renderStatus } from '../../platform/status.render.js';
import { statusStyles } from '../../platform/status.styles.js';
import { AUDIENCES } from '../../data/funding/types.js';
import { EXPLAINER_SPEC, dateText, fieldText } from './attributes.js';
import { readTextOf, specOf } from '../../platform/attribute-spec.js';
import { pageToday } from '../../services/clock.js';
import { echo, isAbsent, readFlag, type AttributeProblem } from '../../platform/attributes.js';
import { renderMoneyFlow } from './money-flow.render.js';
import { messages, type FundingMessages } from './opco-funding-explainer.messages.js';
import { styles } from './opco-funding-explainer.styles.js';
import { renderSchemeCard, type CardContext } from './scheme-card.render.js';
import { renderSimulator } from './simulator.render.js';
import { simulate, simulateDetail, type FundingSimulateDetail, type Simulation, type SimulatorFields } from './simulator.js';

export type { FundingSimulateDetail, HeadcountSource } from './simulator.js';

/** Below this width (px) the money flow is a numbered list of flows instead of the diagram. */
const NARROW_PX = 480;

/**
 * Qui paie quoi en formation professionnelle : une fiche par dispositif (apprentissage,
 * professionnalisation, période de reconversion avec la Pro-A close, plan de développement des
 * compétences des entreprises de moins de 50 salariés, CPF) avec les conditions d’accès, qui paie
 * qui, les étapes dans l’ordre, les références légales, les sources et la date ; un simulateur de
 * l’aide de l’État à l’embauche d’un apprenti et de la participation de l’employeur ; et le circuit
 * de l’argent en schéma, avec son texte. Dans un `<opco-provider>`, l’OPCO trouvé par un widget de
 * recherche apparaît aux étapes qui concernent l’OPCO, et la tranche d’effectif de l’entreprise
 * alimente le simulateur.
 *
 * @tagname opco-funding-explainer
 * @summary Les dispositifs de financement expliqués, avec le calcul de l’aide à l’embauche d’un apprenti.
 * @fires opco-simulate - Le visiteur a modifié un champ du simulateur. Détail : `{ signedOn, headcount, headcountSource, level, rqth, status, amount, ruleId, participation }`.
 * @csspart base - Le widget entier.
 * @csspart heading - Le titre du widget.
 * @csspart tabs - Le choix du dispositif (onglets, quand `scheme` n’est pas renseigné).
 * @csspart tab - Un onglet de dispositif.
 * @csspart panel - Le panneau du dispositif choisi.
 * @csspart scheme - Une fiche de dispositif.
 * @csspart glossary - Les mots de la fiche définis (le premier bloc dépliable de la fiche).
 * @csspart next-step - La prochaine étape du lecteur, visible à l’ouverture de la fiche.
 * @csspart all-steps - « Toutes les étapes » (un bloc dépliable contenant la liste ordonnée).
 * @csspart steps - La liste ordonnée des étapes.
 * @csspart step - Une étape.
 * @csspart payments - « Qui paie qui, et combien » (un bloc dépliable).
 * @csspart eligibility-details - « Qui peut en bénéficier, et le détail » (un bloc dépliable : les conditions, puis le résumé et les notes).
 * @csspart eligibility - Les conditions d’accès, dans ce bloc.
 * @csspart notes - « Le dispositif en bref » : son résumé et ses notes, dans ce bloc.
 * @csspart legal - Les références légales (un bloc dépliable).
 * @csspart provenance - La date et les sources d’une fiche.
 * @csspart sources - La liste des sources d’une fiche (un bloc dépliable).
 * @csspart unconfirmed - Chaque mention « à confirmer ».
 * @csspart link - Chaque lien vers une référence légale.
 * @csspart simulator - Le simulateur de l’aide à l’embauche.
 * @csspart result - Le résultat du simulateur, mis à jour en direct.
 * @csspart rule - La règle appliquée et sa base légale, sur une ligne discrète.
 * @csspart conditions - Les conditions de l’aide (un bloc dépliable).
 * @csspart participation - Ce que l’employeur verse au CFA, dans le résultat (quand elle est due).
 * @csspart money-flow - La section du circuit de l’argent.
 * @csspart money-flow-details - Le bloc dépliable qui montre le schéma (fermé à l’ouverture du widget).
 * @csspart money-flow-diagram - Le schéma SVG du circuit de l’argent (largeurs habituelles), chaque flux numéroté.
 * @csspart money-flow-list - La liste numérotée des flux qui remplace le schéma SVG aux petites largeurs.
 * @csspart money-flow-text - L’équivalent textuel du schéma (un bloc dépliable).
 * @csspart status - Les messages sur les valeurs d’attribut invalides.
 */
export class OpcoFundingExplainer extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** N’afficher qu’un dispositif : `apprentissage`, `professionnalisation`, `reconversion`, `plan-moins-50`, `cpf`. Par défaut : tous, avec des onglets. */
  @property() scheme?: string;

  /** Qui lit : `employer` (employeur, par défaut), `apprentice` (apprenti) ou `training-centre` (CFA, organisme de formation) ; change l’ordre des dispositifs, le texte d’accroche, et signale les étapes qui concernent ce public. */
  @property() audience?: string;

  /** Simulateur : effectif de l’entreprise (salariés, apprentis non compris). Par défaut : celui de l’entreprise trouvée sur la page, sinon vide. */
  @property() headcount?: string | number;

  /** Simulateur : niveau du diplôme préparé, de 3 (CAP) à 8 (doctorat). */
  @property() level?: string | number;

  /** Simulateur : date de signature du contrat, au format AAAA-MM-JJ. Par défaut : aujourd’hui. */
  @property({ attribute: 'signed-on' }) signedOn?: string;

  /** Simulateur : l’apprenti est reconnu travailleur handicapé (RQTH). `rqth`, `rqth="true"` ou `rqth="false"`. */
  @property() rqth?: string | boolean;

  /** L’OPCO du visiteur, par son identifiant (`akto`, `atlas`…), montré aux étapes qui le concernent. Par défaut : l’OPCO trouvé par un widget de recherche de la page. */
  @property() opco?: string;

  /** Version resserrée : sans l’introduction ni le schéma du circuit de l’argent. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private picked?: SchemeId;
  @state() private fields: SimulatorFields = { signedOn: pageToday(), headcount: '', level: '', rqth: false };
  @state() private narrow = false;
  private headcountTyped = false;
  private problems: readonly AttributeProblem[] = [];
  private sim!: Simulation;
  private resizeObserver?: ResizeObserver;
  private unlistenRest?: () => void;
  /** The other tabs, the sources or the diagram were asked for (idle time, a tab hovered or chosen): load them in the language shown. */
  private restWanted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unlistenRest ??= onRestChange(() => this.requestUpdate());
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? NARROW_PX;
      // 0 is "not laid out" (display: none, a closed tab or accordion of the page), not "narrow":
      // keep the layout, so the diagram does not flash at the wrong size when it is shown again
      if (width === 0) return;
      const narrow = width < NARROW_PX;
      // next frame: re-rendering inside the observer's callback would resize us again in the same
      // frame ("ResizeObserver loop completed with undelivered notifications")
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.unlistenRest?.();
    this.unlistenRest = undefined;
  }

  /** The first tab is up: what the others need comes while the visitor reads it (idle time). */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    const want = () => this.prefetch();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(want, { timeout: 3000 });
    else setTimeout(want, 300);
  }

  /** The card shown is not in the script, or the rest was asked for: load it in the language shown (a switch of language asks again). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.restWanted || this.current !== 'apprentissage') {
      this.restWanted = true;
      loadRest(this.lang_);
    }
  }

  /** A tab hovered or focused, the diagram opened, idle time: ask for the rest now. */
  private readonly prefetch = () => {
    this.restWanted = true;
    loadRest(this.lang_);
  };

  /** The `scheme` attribute when it names a scheme (spaces around it forgiven). */
  private get schemeAttr(): SchemeId | undefined {
    const read = readTextOf(specOf(EXPLAINER_SPEC, 'scheme'), this.scheme);
    return read.kind === 'ok' ? (read.value as SchemeId) : undefined;
  }

  private get audienceAttr(): Audience | undefined {
    const read = readTextOf(specOf(EXPLAINER_SPEC, 'audience'), this.audience);
    return read.kind === 'ok' ? (read.value as Audience) : undefined;
  }

  private get audience_(): Audience {
    return this.audienceAttr ?? 'employer';
  }

  private get order(): readonly SchemeId[] {
    return SCHEME_ORDER[this.audience_];
  }

  /** The scheme shown: the `scheme` attribute, else the tab picked, else the first for the audience. */
  private get current(): SchemeId {
    return this.schemeAttr ?? this.picked ?? this.order[0]!;
  }

  /** Level of the headings inside the widget (the scheme cards' titles): below the widget's title, or its own level without one. */
  private get level_(): number {
    return resolveHeading(this, '').inner;
  }

  /** The OPCO at the steps: a valid `opco` attribute, else (when linked) the one a finder found. */
  private get opcoShown(): CardContext['opco'] {
    const own = readTextOf(specOf(EXPLAINER_SPEC, 'opco'), this.opco);
    const id = own.kind === 'ok' ? own.value : this.linked ? this.selection?.opcoId : undefined;
    const record = id ? this.opcoList.getOpco(id) : undefined;
    return record ? { id: record.id, name: record.shortName, profile: record } : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // an attribute set or changed by the page replaces what the simulator holds for that field
    const f = { ...this.fields };
    if (changed.has('signedOn')) f.signedOn = dateText(this.signedOn) || pageToday();
    if (changed.has('headcount')) {
      f.headcount = fieldText(this.headcount);
      this.headcountTyped = false;
    }
    if (changed.has('level')) f.level = fieldText(this.level);
    // a bad rqth value goes through as text: the data module refuses it rather than guessing "no"
    if (changed.has('rqth')) {
      const rqth = readFlag(this.rqth);
      f.rqth = rqth.kind === 'ok' ? rqth.value : rqth.kind === 'absent' ? false : fieldText(this.rqth);
    }
    if (['signedOn', 'headcount', 'level', 'rqth'].some((k) => changed.has(k as keyof OpcoFundingExplainer))) this.fields = f;
    this.problems = this.report(this.validate(this.t(messages)));
    this.sim = simulate(this.fields, this.headcountTyped, !isAbsent(this.headcount), this.linked ? this.selection?.headcount : undefined);
  }

  /** Bad attribute values: a message in the widget and one console warning each (what to write instead). */
  private validate(t: FundingMessages): AttributeProblem[] {
    const lang = this.lang_;
    const out: AttributeProblem[] = [];
    const check = (attr: string, value: unknown, problem: string | undefined, expected: string) => {
      if (isAbsent(value) || problem === undefined) return;
      // a pasted paragraph must not flood the widget or the console: the value is shortened
      const shown = echo(value);
      out.push({ attr, value: shown, message: t.badAttr(attr, shown, problem), warning: `${attr}="${shown}" ${expected}` });
    };
    const parsed = (p: Parsed<unknown>) => (p.ok ? undefined : p.error.message[lang]);
    const oneOf = (values: readonly string[]) => t.expectOneOf(values.join(', '));
    // the console's words come from the element's spec (EXPLAINER_SPEC)
    const expected = (prop: string) => specOf(EXPLAINER_SPEC, prop).warning;
    check('scheme', this.scheme, this.schemeAttr ? undefined : oneOf(SCHEME_IDS), expected('scheme'));
    check('audience', this.audience, this.audienceAttr ? undefined : oneOf(AUDIENCES), expected('audience'));
    check('signed-on', this.signedOn, parsed(parseISODate(dateText(this.signedOn), 'signedOn')), expected('signedOn'));
    check('headcount', this.headcount, parsed(parseHeadcount(fieldText(this.headcount))), expected('headcount'));
    check('level', this.level, parsed(parseLevel(fieldText(this.level))), expected('level'));
    check('rqth', this.rqth, readFlag(this.rqth).kind === 'invalid' ? t.expectFlag : undefined, expected('rqth'));
    const ids = this.opcoList.opcos.map((o) => o.id);
    const opco = readTextOf(specOf(EXPLAINER_SPEC, 'opco'), this.opco);
    if (!isAbsent(this.opco) && !(opco.kind === 'ok' && this.opcoList.getOpco(opco.value))) {
      check('opco', this.opco, `${t.unknownOpco(echo(this.opco))} ${oneOf(ids)}`, `is not valid: unknown OPCO; valid ids: ${ids.join(', ')}.`);
    }
    return out;
  }

  protected override render() {
    const t = this.t(messages);
    const heading = this.headingFor(t.heading);
    const level = heading.inner - 1;
    const single = this.schemeAttr !== undefined;
    return html`<section
      part="base"
      class="explainer"
      aria-labelledby=${heading.text === null ? nothing : 'heading'}
      aria-label=${heading.text === null ? t.heading : nothing}
    >
      ${renderHeading(heading, { id: 'heading', part: 'heading', className: 'heading title' })} ${this.headingProblem()}
      ${this.compact ? nothing : html`<p class="intro">${t.intro(this.audience_)}</p>`}
      ${renderProblems(this.problems)}
      ${single ? this.renderCard(t, this.current) : this.renderTabs(t)}
      ${this.compact ? nothing : this.renderFlow(t, level + 1)}
    </section>`;
  }

  private renderTabs(t: FundingMessages): TemplateResult {
    const current = this.current;
    return html`<div role="tablist" aria-label=${t.schemes} class="tabs" part="tabs" @keydown=${this.onTabKey}>
        ${this.order.map(
          (id) => html`<button
            type="button"
            role="tab"
            id="tab-${id}"
            class="tab"
            part="tab"
            aria-selected=${id === current ? 'true' : 'false'}
            aria-controls=${id === current ? 'panel' : nothing}
            tabindex=${id === current ? '0' : '-1'}
            @click=${() => this.pick(id)}
            @pointerenter=${this.prefetch}
            @focus=${this.prefetch}
          >
            ${t.tab(id)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${current}" tabindex="0">${this.renderCard(t, current)}</div>`;
  }

  /** Until the rest is in: a short status, or what failed (the first tab stays whole). */
  private restStatus(t: FundingMessages, rest: RestState, loading: string): TemplateResult {
    if (rest.status !== 'failed') return renderStatus('loading', loading);
    const why = rest.reason !== 'unavailable' ? 'refused' : rest.cause === 'http' ? 'http' : rest.cause === 'timeout' ? 'timeout' : 'network';
    return renderStatus('error', t.restFailed, { hint: t.restWhy(why, rest.code ?? 0) });
  }

  private renderFlow(t: FundingMessages, level: number): TemplateResult {
    const rest = restState(this.lang_);
    const flow = rest.status === 'ready' ? { flow: rest.data.flow } : { status: this.restStatus(t, rest, t.loadingFlow) };
    return renderMoneyFlow(t, this.lang_, level, this.narrow, flow, flowCount(), this.prefetch);
  }

  private renderCard(t: FundingMessages, id: SchemeId): TemplateResult {
    const rest = restState(this.lang_);
    const scheme = id === 'apprentissage' ? FIRST_SCHEME : rest.status === 'ready' ? rest.data.schemes[id] : undefined;
    if (!scheme) return this.restStatus(t, rest, t.loadingCard);
    const level = this.level_;
    const ctx: CardContext = {
      t,
      lang: this.lang_,
      level,
      audience: this.audience_,
      markAudience: this.audienceAttr !== undefined,
      today: pageToday(),
      opco: this.opcoShown,
      theme: this.getAttribute('data-theme') ?? 'light',
      sources: rest.status === 'ready' ? { list: rest.data.sources } : { status: this.restStatus(t, rest, t.loadingSources) },
      simulator:
        id === 'apprentissage'
          ? renderSimulator({
              t,
              lang: this.lang_,
              audience: this.audience_,
              level: level + 1,
              fields: this.fields,
              sim: this.sim,
              onChange: this.onFieldChange,
            })
          : undefined,
    };
    return renderSchemeCard(ctx, scheme);
  }

  private pick(id: SchemeId): void {
    this.picked = id;
    // a card not in the script: asked for now, and again after a failure that may pass
    if (id !== 'apprentissage') {
      this.restWanted = true;
      loadRest(this.lang_, true);
    }
  }

  /** ARIA tabs keyboard: arrows move and select (automatic activation), Home/End go to the ends. */
  private readonly onTabKey = async (event: KeyboardEvent) => {
    const order = this.order;
    const i = order.indexOf(this.current);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: order.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const id = order[(next + order.length) % order.length]!;
    this.pick(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${id}`)?.focus();
  };

  private readonly onFieldChange = async (event: Event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    const f = { ...this.fields };
    if (field.name === 'signedOn') f.signedOn = field.value;
    else if (field.name === 'headcount') {
      f.headcount = field.value;
      this.headcountTyped = field.value.trim() !== '';
    } else if (field.name === 'level') f.level = field.value;
    else if (field.name === 'rqth') f.rqth = (field as HTMLInputElement).checked;
    else return;
    // typing fires input, leaving the field fires change with the same values: one event per change
    const same = (Object.keys(f) as (keyof typeof f)[]).every((k) => f[k] === this.fields[k]);
    if (same) return;
    this.fields = f;
    // the event leaves after the render, outside the update, with the result the visitor now sees
    await this.updateComplete;
    emit(this, 'opco-simulate', simulateDetail(this.fields, this.sim));
  };
}

defineElement('opco-funding-explainer', OpcoFundingExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'opco-funding-explainer': OpcoFundingExplainer;
  }
  interface GlobalEventHandlersEventMap {
    'opco-simulate': CustomEvent<FundingSimulateDetail>;
  }
}
