// What the finder tells the page: one event per answer, typed (see platform/events.ts).
import { emit } from '../../platform/events.js';
import type { Answer } from './answer.js';
import { companyDeadEnd, inForce, type CompanyModel, type OpcoGroup } from './company/company-groups.js';
import { assertNever } from '../../platform/exhaustive.js';

/** The event an answer sends to the page: `opco-found` when it names one OPCO, else `opco-not-found`. */
export function dispatchAnswer(target: HTMLElement, answer: Answer): void {
  switch (answer.kind) {
    case 'no-result':
    case 'company-none':
      return void emit(target, 'opco-not-found', { query: answer.query, reason: 'no-result' });
    case 'company-id':
      return void emit(target, 'opco-not-found', { query: answer.query, reason: 'invalid' });
    case 'naf':
      // suggestions only: the code does not decide the convention, so no OPCO is found yet
      return void emit(target, 'opco-not-found', { query: answer.query, reason: answer.result.kind === 'ok' ? 'activity-code' : 'invalid' });
    case 'public':
      return void emit(target, 'opco-not-found', { query: answer.query, reason: 'public-employer' });
    case 'company': {
      const reason = companyDeadEnd(answer.model);
      if (reason) emit(target, 'opco-not-found', { query: answer.query, reason });
      else emitCompanyFound(target, answer.model, answer.model.groups[0]!, answer.query);
      return;
    }
    case 'resolution': {
      const r = answer.resolution;
      if (r.kind !== 'found') return void emit(target, 'opco-not-found', { query: answer.query, reason: r.kind });
      emit(target, 'opco-found', {
        opcoId: r.opco.id,
        opco: r.opco,
        convention: inForce(r),
        path: r.path,
        source: r.source.label,
        asOf: r.source.date,
        query: answer.query,
      });
      return;
    }
    default:
      // a new kind of answer must say which event it sends
      assertNever(answer, 'answer kind');
  }
}

/** `opco-found` for one OPCO of a company: the only one, or the one the visitor retained. */
export function emitCompanyFound(target: HTMLElement, model: CompanyModel, group: OpcoGroup, query: string): void {
  const { company } = model;
  const sirets = new Set(group.links.flatMap((l) => (l.establishment ? [l.establishment.siret] : [])));
  const band = company.headcount;
  emit(target, 'opco-found', {
    opcoId: group.opco.id,
    opco: group.opco,
    // several conventions lead to this OPCO: the first one declared stands for them (all are in `path`)
    convention: group.links[0]?.convention ?? undefined,
    path: group.path,
    source: group.source.label,
    asOf: group.source.date,
    query,
    company: {
      siren: company.siren,
      siret: model.focus?.siret ?? (sirets.size === 1 ? [...sirets][0] : undefined),
      // a non-diffusible company has no public name: empty rather than a made-up one
      name: company.name ?? '',
      headcount: band ? { min: band.min, max: band.max } : undefined,
    },
  });
}
