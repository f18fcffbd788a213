import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { OpcoProfile } from '../../data/index.js';
import { defineElement } from '../../platform/define.js';
import { OpcoHeadedElement } from '../../platform/opco-headed-element.js';
import { renderHeading } from '../../platform/heading.render.js';
import { OpcoElement } from '../../platform/opco-element.js';
import { renderProblems, renderStatus } from '../../platform/status.render.js';
import { statusStyles } from '../../platform/status.styles.js';
import { linkFor, readAudience } from '../../platform/next-step.js';
import { renderNextStep } from '../../platform/next-step.render.js';
import { echo, isHttpsUrl } from '../../platform/attributes.js';
import { readTextOf } from '../../platform/attribute-spec.js';
import { OPCO_SPEC } from './attributes.js';
import { messages } from './opco-card.messages.js';
import { styles } from './opco-card.styles.js';

/** Where France compétences lets anyone check an OPCO by SIRET. */
import { FRANCE_COMPETENCES_URL } from '../../platform/links.js';

/**
 * Un OPCO en un coup d’œil : son nom court et son nom officiel, ce que le public choisi
 * (`audience`) fait ensuite avec lui (un lien vers la page de l’OPCO pour cela), les secteurs qu’il
 * couvre, son site et où vérifier. Seule (`<opco-card opco="akto">`) ou dans la réponse du widget de
 * recherche ; dans un `<opco-provider>`, sans `opco`, elle montre l’OPCO trouvé par un widget de
 * recherche de la page.
 *
 * @tagname opco-card
 * @summary La fiche d’identité d’un OPCO.
 * @csspart base - La fiche.
 * @csspart heading - Le nom court de l’OPCO (le titre de la fiche).
 * @csspart details - La liste des informations (secteurs).
 * @csspart identity - La ligne discrète avec le SIREN de l’OPCO lui-même (pas celui du visiteur), en mode `detail` seulement.
 * @csspart next-step - La prochaine étape pour le public choisi : une phrase et un lien vers la page de l’OPCO.
 * @csspart action - Le lien principal de la prochaine étape (vers la page de l’OPCO).
 * @csspart link - Chaque lien (site de l’OPCO, France compétences).
 * @csspart status - Le message affiché pour un OPCO inconnu.
 */
export class OpcoCard extends OpcoHeadedElement {
  static override styles = [...OpcoElement.styles, statusStyles, styles];

  /** Identifiant de l’OPCO à présenter : `afdas`, `akto`, `atlas`, `constructys`, `opcommerce`, `ocapiat`, `opco-2i`, `opco-ep`, `opco-mobilites`, `opco-sante`, `uniformation`. Sans valeur, dans un `<opco-provider>` : l’OPCO trouvé par un widget de recherche de la page. */
  @property() opco?: string;

  /** Version resserrée : le nom et les liens seulement. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Fiche complète, pour un public averti : ajoute le SIREN de l’OPCO lui-même (masqué par défaut, un visiteur le prendrait pour celui de son entreprise). */
  @property({ type: Boolean, reflect: true }) detail = false;

  /** À qui s’adresse la prochaine étape : `employer` (employeur qui embauche un apprenti, par défaut), `training-centre` (centre de formation, CFA) ou `apprentice` (apprenti). */
  @property() audience?: string;

  /** Montrer la prochaine étape (la phrase et le lien vers la page de l’OPCO). Propriété JavaScript seulement ; le widget de recherche l’affiche lui-même au-dessus de la fiche. */
  @property({ attribute: false }) withNextStep = true;

  /** L’OPCO affiché : celui de l’attribut `opco`, sinon la sélection de la page (dans un `<opco-provider>`). */
  get record(): OpcoProfile | undefined {
    const own = readTextOf(OPCO_SPEC, this.opco);
    const id = own.kind === 'ok' ? own.value : this.opco == null && this.linked ? this.selection?.opcoId : undefined;
    return id ? this.opcoList.getOpco(id) : undefined;
  }

  protected override render() {
    const t = this.t(messages);
    const opco = this.record;
    if (!opco) {
      if (this.opco == null) return renderStatus('info', t.none);
      const ids = this.opcoList.opcos.map((o) => o.id).join(', ');
      const shown = echo(this.opco);
      this.warn(`opco:${shown}`, `opco="${shown}" is unknown. Valid ids: ${ids}.`);
      return renderStatus('error', t.unknown(shown), { hint: t.unknownHint(ids) });
    }
    const heading = this.headingFor(opco.shortName);
    const { audience, problem } = readAudience(this.audience, this.lang_);
    if (problem) this.report([problem]);
    // the next step already links the home page when no page for it was read: no second link to it
    const showStep = this.withNextStep && !this.compact;
    const homeStep = showStep && (linkFor(opco, audience)?.topic ?? 'home') === 'home';
    return html`${this.headingProblem()} ${problem ? renderProblems([problem]) : nothing}
      <article part="base" class="card frame" aria-label=${heading.text ?? opco.shortName}>
      ${renderHeading(heading, { part: 'heading', className: 'heading title' })}
      ${opco.name !== opco.shortName ? html`<p class="official">${t.officialLabel}<span lang="fr">${opco.name}</span></p>` : nothing}
      ${t.about && !this.compact ? html`<p class="about">${t.about}</p>` : nothing}
      ${showStep ? renderNextStep(opco, audience, this.lang_) : nothing}
      <dl part="details">
        <dt>${t.sectors}</dt>
        <dd>${t.sectorsOf(opco.id, opco.sectors)}</dd>
      </dl>
      <div class="links">
        ${
          isHttpsUrl(opco.website) && !homeStep
            ? html`<a part="link" href=${opco.website} target="_blank" rel="noopener noreferrer"
              >${t.website(opco.shortName)} <span class="visually-hidden">${t.newWindow}</span></a
            >`
            : nothing
        }
        <a part="link" href=${FRANCE_COMPETENCES_URL} target="_blank" rel="noopener noreferrer"
          >${t.check} <span class="visually-hidden">${t.newWindow}</span
          ><span class="hint">${t.checkHint}</span></a
        >
      </div>
      ${this.detail ? html`<p part="identity" class="identity">${t.identity(opco.shortName, opco.siren)}</p>` : nothing}
    </article>`;
  }
}

defineElement('opco-card', OpcoCard);

declare global {
  interface HTMLElementTagNameMap {
    'opco-card': OpcoCard;
  }
}
