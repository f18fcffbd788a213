import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SCHEMES, SCHEME_IDS, SCHEME_ORDER, type Audience, type SchemeId } from '../../data/funding/index.js';
import { parseHeadcount, parseISODate, parseLevel, type Parsed } from '../../data/funding/parse.js';
import { defineElement } from '../../platform/define.js';
import { emit } from '../../platform/events.js';
import { OpcoHeadedElement, renderHeading, resolveHeading } from '../../platform/heading.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderProblems, statusStyles } from '../../platform/status.js';
import { AUDIENCES, dateText, fieldText } from './attributes.js';
import { todayISO } from './dates.js';
import { echo, isAbsent, readFlag, readOneOf, readString, type AttributeProblem } from '../../platform/attributes.js';
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
 * Who pays for what in vocational training: one card per scheme (apprenticeship,
 * professionalisation, période de reconversion with the closed Pro-A, the skills plan of companies
 * under 50, CPF) with eligibility, who pays whom, the steps in order, legal references, sources and
 * date; a simulator of the State's apprentice hiring aid and the employer's participation; and the
 * money flow as a diagram with its text. Inside an `<opco-provider>`, the OPCO a finder found is
 * shown at the steps that involve the OPCO, and the company's headcount band feeds the simulator.
 *
 * @tagname opco-funding-explainer
 * @summary Funding schemes explained, with the apprentice hiring aid computed.
 * @fires opco-simulate - The visitor changed a simulator field. Detail: `{ signedOn, headcount, headcountSource, level, rqth, status, amount, ruleId, participation }`.
 * @csspart base - The whole widget.
 * @csspart heading - The widget's heading.
 * @csspart tabs - The scheme picker (when no `scheme` is set).
 * @csspart tab - One scheme tab.
 * @csspart panel - The panel of the selected scheme.
 * @csspart scheme - A scheme card.
 * @csspart glossary - The words of the card defined (a details element under the card's lead).
 * @csspart next-step - The reader's next step, shown when the card opens.
 * @csspart all-steps - "All the steps" (a details element holding the ordered list).
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart payments - "Who pays whom, and how much" (a details element).
 * @csspart eligibility - "Who is eligible" (a details element).
 * @csspart notes - "The scheme in detail": its summary and notes (a details element).
 * @csspart legal - Legal references (a details element).
 * @csspart provenance - A card's date and sources.
 * @csspart sources - A card's source list (a details element).
 * @csspart unconfirmed - Each "à confirmer" mark.
 * @csspart link - Each legal-reference link.
 * @csspart simulator - The hiring-aid simulator.
 * @csspart result - The simulator's live result.
 * @csspart rule - The rule applied and its legal basis, on one quiet line.
 * @csspart conditions - Conditions of the aid (a details element).
 * @csspart participation - What the employer pays the CFA, in the result (when it is due).
 * @csspart money-flow - The money-flow section.
 * @csspart money-flow-details - The disclosure that shows the diagram (closed when the widget opens).
 * @csspart money-flow-diagram - The money-flow SVG (usual widths), each line numbered.
 * @csspart money-flow-list - The numbered list of flows that replaces the SVG at narrow widths.
 * @csspart money-flow-text - The diagram's text alternative (a details element).
 * @csspart status - Messages about bad attribute values.
 */
export class OpcoFundingExplainer extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** Show one scheme only: `apprentissage`, `professionnalisation`, `reconversion`, `plan-moins-50`, `cpf`. Default: all, with tabs. */
  @property() scheme?: string;

  /** Who reads: `employer` (default), `apprentice` or `training-centre`; sets the order of the schemes and their wording. */
  @property() audience?: string;

  /** Simulator: company headcount (employees, apprentices not counted). Default: the company found on the page, else empty. */
  @property() headcount?: string | number;

  /** Simulator: level of the diploma prepared, 3 (CAP) to 8 (doctorat). */
  @property() level?: string | number;

  /** Simulator: date the contract was signed, `YYYY-MM-DD`. Default: today. */
  @property({ attribute: 'signed-on' }) signedOn?: string;

  /** Simulator: the apprentice is a recognised disabled worker (RQTH). `rqth`, `rqth="true"` or `rqth="false"`. */
  @property() rqth?: string | boolean;

  /** The visitor's OPCO by id (`akto`, `atlas`…), shown at the steps that involve it. Default: the OPCO a finder found on the page. */
  @property() opco?: string;

  /** Leaves out the introduction and the money-flow diagram. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private picked?: SchemeId;
  @state() private fields: SimulatorFields = { signedOn: todayISO(), headcount: '', level: '', rqth: false };
  @state() private narrow = false;
  private headcountTyped = false;
  private problems: readonly AttributeProblem[] = [];
  private sim!: Simulation;
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
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
  }

  /** The `scheme` attribute when it names a scheme (spaces around it forgiven). */
  private get schemeAttr(): SchemeId | undefined {
    const read = readOneOf(this.scheme, SCHEME_IDS);
    return read.kind === 'ok' ? read.value : undefined;
  }

  private get audienceAttr(): Audience | undefined {
    const read = readOneOf(this.audience, AUDIENCES);
    return read.kind === 'ok' ? read.value : undefined;
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
    const own = readString(this.opco, { max: 40 });
    const id = own.kind === 'ok' ? own.value : this.linked ? this.selection?.opcoId : undefined;
    const record = id ? this.data.getOpco(id) : undefined;
    return record ? { id: record.id, name: record.shortName } : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // an attribute set or changed by the page replaces what the simulator holds for that field
    const f = { ...this.fields };
    if (changed.has('signedOn')) f.signedOn = dateText(this.signedOn) || todayISO();
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
      out.push({ attr, value: shown, message: t.badAttr(attr, shown, problem), warning: `${attr}="${shown}" is not valid: ${expected}` });
    };
    const parsed = (p: Parsed<unknown>) => (p.ok ? undefined : p.error.message[lang]);
    const oneOf = (values: readonly string[]) => t.expectOneOf(values.join(', '));
    check('scheme', this.scheme, this.schemeAttr ? undefined : oneOf(SCHEME_IDS), `write one of ${SCHEME_IDS.join(', ')}; all schemes are shown.`);
    check('audience', this.audience, this.audienceAttr ? undefined : oneOf(AUDIENCES), `write one of ${AUDIENCES.join(', ')}; employer is used.`);
    check('signed-on', this.signedOn, parsed(parseISODate(dateText(this.signedOn), 'signedOn')), 'write a date as YYYY-MM-DD, e.g. 2026-04-01; no amount is shown.');
    check('headcount', this.headcount, parsed(parseHeadcount(fieldText(this.headcount))), 'write a number of employees ≥ 0; no amount is shown.');
    check('level', this.level, parsed(parseLevel(fieldText(this.level))), 'write a whole number from 3 to 8; no amount is shown.');
    check('rqth', this.rqth, readFlag(this.rqth).kind === 'invalid' ? t.expectFlag : undefined, 'write true or false; no amount is shown.');
    const ids = this.data.opcos.map((o) => o.id);
    const opco = readString(this.opco, { max: 40 });
    if (!isAbsent(this.opco) && !(opco.kind === 'ok' && this.data.getOpco(opco.value))) {
      check('opco', this.opco, `${t.unknownOpco(echo(this.opco))} ${oneOf(ids)}`, `unknown OPCO; valid ids: ${ids.join(', ')}.`);
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
      ${this.compact ? nothing : renderMoneyFlow(t, this.lang_, level + 1, this.narrow)}
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
          >
            ${t.tab(id)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${current}" tabindex="0">${this.renderCard(t, current)}</div>`;
  }

  private renderCard(t: FundingMessages, id: SchemeId): TemplateResult {
    const level = this.level_;
    const ctx: CardContext = {
      t,
      lang: this.lang_,
      level,
      audience: this.audience_,
      markAudience: this.audienceAttr !== undefined,
      today: todayISO(),
      opco: this.opcoShown,
      theme: this.getAttribute('data-theme') ?? 'light',
      simulator:
        id === 'apprentissage'
          ? renderSimulator({ t, lang: this.lang_, audience: this.audience_, level: level + 1, fields: this.fields, sim: this.sim, onChange: this.onFieldChange })
          : undefined,
    };
    return renderSchemeCard(ctx, SCHEMES[id]);
  }

  private pick(id: SchemeId): void {
    this.picked = id;
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
