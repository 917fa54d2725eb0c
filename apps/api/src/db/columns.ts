// Column helpers shared by every entity: portable types only (varchar, integer, text, boolean),
// so the same entities and migrations run on SQLite and PostgreSQL.
import { scaleRate, unscaleRate } from '@antena/domain';
import { Column, PrimaryColumn, type ValueTransformer } from 'typeorm';

export const IdColumn = () => PrimaryColumn({ type: 'varchar', length: 36 });
export const RefColumn = (nullable = false) => Column({ type: 'varchar', length: 36, nullable });
export const TextColumn = (length = 255, nullable = false) => Column({ type: 'varchar', length, nullable });
/** 'YYYY-MM-DD', stored as text: date-only values never meet a time zone. */
export const DateOnlyColumn = (nullable = false) => Column({ type: 'varchar', length: 10, nullable });
/** ISO-8601 instant, stored as text so both databases sort and compare it the same way. */
export const InstantColumn = (nullable = false) => Column({ type: 'varchar', length: 30, nullable });
export const IntColumn = (nullable = false) => Column({ type: 'integer', nullable });
/** Sums of money (document totals, run sums): 64-bit, read back as a JS number (exact up to 2^53 − 1 cents). */
const bigCents: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: number | string | null) => (v == null ? null : Number(v)),
};
export const BigCentsColumn = (nullable = false) => Column({ type: 'bigint', nullable, transformer: bigCents });
export const JsonColumn = (nullable = false) => Column({ type: 'simple-json', nullable });

/** Rates (0.21) and percents (12.5) are exact in millionths; stored as integers scaled by the domain's RATE_SCALE. */
const scaled: ValueTransformer = {
  to: (v: number | null | undefined) => (v == null ? v : scaleRate(v)),
  from: (v: number | string | null) => (v == null ? null : unscaleRate(v)),
};
export const ScaledColumn = (nullable = false) => Column({ type: 'integer', nullable, transformer: scaled });
