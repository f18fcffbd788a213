// The convention table's status in an element that lists or searches conventions (conventions.controller.ts).
import { html } from 'lit';
import { tableState } from './conventions-table.js';
import type { ConventionsController } from './conventions.controller.js';
import { conventionsStatusMessages as messages } from './conventions-status.messages.js';
import { externalLink } from './external-link.render.js';
import { textsOf, type Lang } from './i18n.js';
import { FRANCE_COMPETENCES_URL } from './links.js';
import { renderStatus } from './status.render.js';

/**
 * "Loading…" while `showLoading` and the table is not in (or, with a provider's dataset, still on its way
 * for the APE/NAF links), the failure when the element's table failed (or the one it waits for), else nothing.
 */
export function renderTableStatus(controller: ConventionsController, lang: Lang, showLoading: boolean) {
  const t = textsOf(messages, lang);
  const own = controller.state;
  const page = tableState();
  const failed = own.status === 'failed' ? own : showLoading && page.status === 'failed' ? page : undefined;
  if (failed) {
    // what the visitor can do meanwhile: the authoritative service, one click away
    const hint = (text: string) => html`${text} ${externalLink(FRANCE_COMPETENCES_URL, t.elsewhere, t.newWindow)}`;
    // the hint says what failed: a 404 or a 500 is not the visitor's connection
    const why = failed.cause === 'http' ? t.unavailableHttp(failed.code ?? 0) : failed.cause === 'timeout' ? t.unavailableTimeout : t.unavailableHint;
    return failed.reason === 'unavailable'
      ? renderStatus('error', t.unavailable, { hint: hint(why) })
      : renderStatus('error', t.refused, { hint: hint(t.refusedHint) });
  }
  if ((!controller.ready || page.status === 'loading') && showLoading) return renderStatus('loading', t.loading);
  return null;
}
