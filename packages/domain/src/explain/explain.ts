// Turns any refusal, deletion blocker or warning into the sentence pair shown to people (docs/rules.md §1 rule 2 "say why not, and what to do").
import type { Warning } from '../billing/account.js';
import type { DeletionBlocker } from '../deletion/types.js';
import { message, remedy } from '../i18n/format.js';
import type { Locale, Refusal } from '../i18n/codes.js';

/** A refusal, blocker or warning put into words by {@link explain}. */
export interface Explained { code: string; message: string; remedy: string; field: string | null; entityType: string | null; entityId: string | null }

/** A refusal, deletion blocker or warning as sentences in `locale`: `{ code, message, remedy, field, entityType, entityId }`. */
export function explain(r: Refusal | DeletionBlocker | Warning, locale: Locale): Explained {
  const params = r.params;
  return {
    code: r.code,
    message: message(r.code, locale, params),
    remedy: remedy(r.code, locale, params),
    field: r.field ?? null,
    entityType: r.entityType ?? null,
    entityId: r.entityId ?? null,
  };
}
