import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Opco } from '../../data/index.js';
import { defineElement } from '../../platform/define.js';
import { OpcoHeadedElement, renderHeading } from '../../platform/heading.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderStatus, statusStyles } from '../../platform/status.js';
import { echo, isHttpsUrl, readString } from '../../platform/attributes.js';
import { messages } from './opco-card.messages.js';
import { styles } from './opco-card.styles.js';

/** Where France compétences lets anyone check an OPCO by SIRET. */
const FRANCE_COMPETENCES_URL = 'https://www.francecompetences.fr/';

/**
 * An OPCO at a glance: its short and official names, the sectors it serves, its website and
 * where to check. Used alone (`<opco-card opco="akto">`) or inside the finder's answer; inside
 * an `<opco-provider>` without `opco`, it shows the OPCO a finder found on the page.
 *
 * @tagname opco-card
 * @summary The identity card of one OPCO.
 * @csspart base - The card.
 * @csspart heading - The OPCO's short name (the card's title).
 * @csspart details - The list of facts (sectors).
 * @csspart identity - The quiet line with the OPCO's own SIREN (not the visitor's).
 * @csspart link - Each link (website, France compétences).
 * @csspart status - The message shown for an unknown OPCO.
 */
export class OpcoCard extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** Identifiant de l’OPCO à présenter : `afdas`, `akto`, `atlas`, `constructys`, `opcommerce`, `ocapiat`, `opco-2i`, `opco-ep`, `opco-mobilites`, `opco-sante`, `uniformation`. Sans valeur, dans un `<opco-provider>` : l’OPCO trouvé par un widget de recherche de la page. */
  @property() opco?: string;

  /** Version resserrée : le nom et les liens seulement. */
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
    const heading = this.headingFor(opco.shortName);
    return html`${this.headingProblem()}
      <article part="base" class="card frame" aria-label=${heading.text ?? opco.shortName}>
      ${renderHeading(heading, { part: 'heading', className: 'heading title' })}
      ${opco.name !== opco.shortName ? html`<p class="official" lang="fr">${opco.name}</p>` : nothing}
      <dl part="details">
        <dt>${t.sectors}</dt>
        <dd>${t.sectorsOf(opco.id, opco.sectors)}</dd>
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
      <p part="identity" class="identity">${t.identity(opco.shortName, opco.siren)}</p>
    </article>`;
  }
}

defineElement('opco-card', OpcoCard);

declare global {
  interface HTMLElementTagNameMap {
    'opco-card': OpcoCard;
  }
}
