// SIRET / SIREN reading and checking (INSEE identifiers of establishments and companies).
import { dataTexts } from './texts.js';
import type { Message } from './types.js';
const localText = dataTexts("data/company-id");


export type CompanyIdInvalidReason = 'empty' | 'wrong-type' | 'not-digits' | 'wrong-length' | 'checksum';

export type CompanyIdParse =
  | { readonly ok: true; readonly kind: 'siret' | 'siren'; readonly value: string; readonly siren: string }
  | { readonly ok: false; readonly reason: CompanyIdInvalidReason; readonly message: Message };

/** La Poste's establishments share this SIREN; their SIRETs follow another check (see below). */
export const LA_POSTE_SIREN = '356000000';

const SEPARATORS = /[\s\u00a0\u202f\u2007.\-_/]+/g;

const MESSAGES: Record<CompanyIdInvalidReason, Message> = {
  empty: localText(0, 'Saisissez un numéro SIRET (14 chiffres) ou SIREN (9 chiffres).'),
  'wrong-type': localText(1, 'Saisissez un numéro SIRET (14 chiffres) ou SIREN (9 chiffres).'),
  'not-digits': localText(2, 'Un SIRET ou un SIREN ne contient que des chiffres.'),
  'wrong-length': localText(3, 'Un SIRET compte 14 chiffres, un SIREN 9 chiffres.'),
  checksum: localText(4, 'Ce numéro n’existe pas : vérifiez les chiffres (clé de contrôle invalide).'),
};

/** Luhn checksum, as INSEE uses for SIREN and SIRET. */
export function luhnValid(digits: string): boolean {
  if (typeof digits !== 'string' || digits.length > 100) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// INSEE: La Poste's SIRETs (SIREN 356000000) are too many for Luhn's key space; for them the sum of
// the 14 digits must be a multiple of 5. The head office (35600000000048) also passes Luhn.
function laPosteValid(siret: string): boolean {
  let sum = 0;
  for (let i = 0; i < siret.length; i++) sum += siret.charCodeAt(i) - 48;
  return sum % 5 === 0 || luhnValid(siret);
}

const fail = (reason: CompanyIdInvalidReason): CompanyIdParse => ({ ok: false, reason, message: MESSAGES[reason] });

/** Reads a SIRET or SIREN typed with spaces, dots or non-breaking spaces. Never throws. */
export function parseCompanyId(input: unknown): CompanyIdParse {
  if (input === null || input === undefined) return fail('empty');
  if (typeof input === 'number') input = Number.isSafeInteger(input) && input > 0 ? String(input) : '';
  if (typeof input !== 'string') return fail('wrong-type');
  if (input.length > 100) return fail('wrong-length');
  const value = input.replace(SEPARATORS, '');
  if (!value) return fail('empty');
  if (!/^\d+$/.test(value)) return fail('not-digits');
  if (value.length !== 9 && value.length !== 14) return fail('wrong-length');
  const siren = value.slice(0, 9);
  if (!luhnValid(siren)) return fail('checksum');
  if (value.length === 9) return { ok: true, kind: 'siren', value, siren };
  const valid = siren === LA_POSTE_SIREN ? laPosteValid(value) : luhnValid(value);
  return valid ? { ok: true, kind: 'siret', value, siren } : fail('checksum');
}
