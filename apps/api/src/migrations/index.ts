// Every migration, in order, passed explicitly to the DataSource.
import { Initial1764316800000 } from './1764316800000-initial.js';
import { MoneyExact1764400000000 } from './1764400000000-money-exact.js';
import { Sessions1764500000000 } from './1764500000000-sessions.js';
import { Verifactu1764600000000 } from './1764600000000-verifactu.js';
import { Sepa1764700000000 } from './1764700000000-sepa.js';
import { ExtraVersions1764800000000 } from './1764800000000-extra-versions.js';
import { ClientArchive1764800000100 } from './1764800000100-client-archive.js';
import { ClientSearch1764900000000 } from './1764900000000-client-search.js';
import { BillingJobs1765000000000 } from './1765000000000-billing-jobs.js';
import { CreditNotes1765100000000 } from './1765100000000-credit-notes.js';
import { VerifactuSignatures1765300000000 } from './1765300000000-verifactu-signatures.js';
import { VerifactuCorrections1765500000000 } from './1765500000000-verifactu-corrections.js';
import { GlobalSearch1765510000000 } from './1765510000000-global-search.js';
import { InvoiceImpliedKeys1765520000000 } from './1765520000000-invoice-implied-keys.js';
import { VerifactuRecordPositions1765530000000 } from './1765530000000-verifactu-record-positions.js';
import { PartialNullIndexes1765540000000 } from './1765540000000-partial-null-indexes.js';
import { BackgroundJobs1765550000000 } from './1765550000000-background-jobs.js';
import { JobFiles1765560000000 } from './1765560000000-job-files.js';
import { VerifactuCompactPayload1765570000000 } from './1765570000000-verifactu-compact-payload.js';
import { VerifactuPreviousHashImplied1765580000000 } from './1765580000000-verifactu-previous-hash-implied.js';
import { SepaHotUpdates1765590000000 } from './1765590000000-sepa-hot-updates.js';
import { SepaDebitReasonsDerived1765600000000 } from './1765600000000-sepa-debit-reasons-derived.js';

export const migrations = [Initial1764316800000, MoneyExact1764400000000, Sessions1764500000000, Verifactu1764600000000, Sepa1764700000000, ExtraVersions1764800000000, ClientArchive1764800000100, ClientSearch1764900000000, BillingJobs1765000000000, CreditNotes1765100000000, VerifactuSignatures1765300000000, VerifactuCorrections1765500000000, GlobalSearch1765510000000, InvoiceImpliedKeys1765520000000, VerifactuRecordPositions1765530000000, PartialNullIndexes1765540000000, BackgroundJobs1765550000000, JobFiles1765560000000, VerifactuCompactPayload1765570000000, VerifactuPreviousHashImplied1765580000000, SepaHotUpdates1765590000000, SepaDebitReasonsDerived1765600000000];
