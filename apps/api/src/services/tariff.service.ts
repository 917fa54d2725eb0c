// Tariffs: readable by everyone signed in, created by admins only (docs/product.md §5).
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import { TariffEntity } from '../entities/index.js';
import { duplicate } from '../errors/errors.js';
import { audit, diff } from './audit.service.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

export interface CreateTariffInput { code: string; name: string; priceCents: number; vatRate?: number | null }

export class TariffService {
  constructor(private readonly scope: Scope) {}

  list(): Promise<TariffEntity[]> {
    return this.scope.ds.getRepository(TariffEntity).find({ order: { code: 'ASC' } });
  }

  async create(input: CreateTariffInput): Promise<TariffEntity> {
    const read = new InputReader(this.scope.locale);
    const tariff: TariffEntity = {
      id: newId(),
      code: read.text('code', input.code, 30),
      name: read.text('name', input.name, 200),
      priceCents: read.cents('priceCents', input.priceCents),
      vatRate: input.vatRate == null ? 0.21 : read.vatRate('vatRate', input.vatRate),
      createdAt: this.scope.now.toISOString(),
    };
    return inTransaction(this.scope.ds, async (m) => {
      if (await m.existsBy(TariffEntity, { code: tariff.code })) throw duplicate(this.scope.locale, 'input.code');
      await m.insert(TariffEntity, tariff);
      await audit(m, this.scope, [{ entityType: 'Tariff', entityId: tariff.id, clientId: null, action: 'CREATE', changes: diff(null, tariff, ['code', 'name', 'priceCents', 'vatRate']) }]);
      return tariff;
    });
  }
}
