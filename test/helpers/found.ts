import { findConvention, getOpco, type OpcoId } from '../../src/data/index.js';
import type { HeadcountRange } from '../../src/platform/context.js';
import { emit } from '../../src/platform/events.js';

/** What a finder does when it has an answer: `opco-found` from `from`, for a provider to share. */
export function found(from: Element, opcoId: OpcoId, idcc?: string, headcount?: HeadcountRange): void {
  emit(from, 'opco-found', {
    opcoId,
    opco: getOpco(opcoId)!,
    convention: idcc ? findConvention(idcc) : undefined,
    path: idcc ? [idcc] : [],
    source: 'test',
    asOf: '2026-08-11',
    query: idcc ?? opcoId,
    ...(headcount ? { company: { siren: '123456789', name: 'Test SA', headcount } } : {}),
  });
}
