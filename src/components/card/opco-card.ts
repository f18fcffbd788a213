import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import type { Opco } from '../../data/index.js';
import { defineElement } from '../../platform/define.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderStatus, statusStyles } from '../../platform/status.js';
import { echo, isHttpsUrl, readString } from '../../platform/attributes.js';
import { messages } from './opco-card.messages.js';
import { styles } from './opco-card.styles.js';

/** Where France compétences lets anyone check an OPCO by SIRET. */
const FRANCE_COMPETENCES_URL = 'https://www.francecompetences.fr/';

const headings = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * An OPCO at a glance: its short and official names, the sectors it serves, its website and
 * where to check. Used alone (`<opco-card opco="akto">`) or inside the finder's answer; inside
 * an `<opco-provider>` without `opco`, it shows the OPCO a finder found on the page.
 *
 * @tagname opco-card
 * @summary The identity card of one OPCO.
 * @csspart base - The card.
 * @csspart heading - The OPCO's short name.
 * @csspart details - The list of facts (sectors, SIREN).
 * @csspart link - Each link (website, France compétences).
 * @csspart status - The message shown for an unknown OPCO.
 */
export class OpcoCard extends OpcoElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** The OPCO to show, by its id: `afdas`, `akto`, `atlas`, `constructys`, `opcommerce`, `ocapiat`, `opco-2i`, `opco-ep`, `opco-mobilites`, `opco-sante`, `uniformation`. */
  @property() opco?: string;

  /** Level of the card's heading (2 to 6) so it fits the page's outline. Default 3. */
  @property({ attribute: 'heading-level' }) headingLevel = '3';

  /** Shows only the name and the links. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The OPCO shown: the `opco` attribute, else the page's selection (inside a provider). */
  get record(): Opco | undefined {
    const own = readString(this.opco, { max: 40 });
    const id = own.kind === 'ok' ? own.value : this.opco == null && this.linked ? this.selection?.opcoId : undefined;
    return id ? this.data.getOpco(id) : undefined;
  }

  protected override render() {
    const t = this.t(messages);
    const opco = this.record;
    if (!opco) {
      if (this.opco == null) return renderStatus('info', t.none);
      const ids = this.data.opcos.map((o) => o.id).join(', ');
      const shown = echo(this.opco);
      this.warn(`opco:${shown}`, `opco="${shown}" is unknown. Valid ids: ${ids}.`);
      return renderStatus('error', t.unknown(shown), { hint: t.unknownHint(ids) });
    }
    const level = Math.min(6, Math.max(2, Number.parseInt(this.headingLevel, 10) || 3));
    const tag = headings[level - 2];
    return html`<article part="base" class="card" aria-label=${opco.shortName}>
      ${staticHtml`<${tag} part="heading" class="heading">${opco.shortName}</${tag}>`}
      ${opco.name !== opco.shortName ? html`<p class="official" lang="fr">${opco.name}</p>` : nothing}
      <dl part="details">
        <dt>${t.sectors}</dt>
        <dd>${t.sectorsOf(opco.id, opco.sectors)}</dd>
        <dt>${t.siren}</dt>
        <dd>${opco.siren}</dd>
      </dl>
      <div class="links">
        ${isHttpsUrl(opco.website)
          ? html`<a part="link" href=${opco.website} target="_blank" rel="noopener noreferrer"
              >${t.website(opco.shortName)} <span class="visually-hidden">${t.newWindow}</span></a
            >`
          : nothing}
        <a part="link" href=${FRANCE_COMPETENCES_URL} target="_blank" rel="noopener noreferrer"
          >${t.check} <span class="visually-hidden">${t.newWindow}</span
          ><span class="hint">${t.checkHint}</span></a
        >
      </div>
    </article>`;
  }
}

defineElement('opco-card', OpcoCard);

declare global {
  interface HTMLElementTagNameMap {
    'opco-card': OpcoCard;
  }
}
