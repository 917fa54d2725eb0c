// Partners and their API keys (docs/product.md §5): admin-created; a key is shown once and stored hashed.
import { In } from 'typeorm';
import { generateApiKey } from '../auth/api-keys.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import { ApiKeyEntity, PartnerEntity } from '../entities/index.js';
import { notFound } from '../errors/errors.js';
import { audit } from './audit.service.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

export class PartnerService {
  constructor(private readonly scope: Scope) {}

  list(): Promise<PartnerEntity[]> {
    return this.scope.ds.getRepository(PartnerEntity).find({ order: { name: 'ASC' } });
  }

  apiKeys(partnerIds: string[]): Promise<ApiKeyEntity[]> {
    return this.scope.ds.getRepository(ApiKeyEntity).find({ where: { partnerId: In(partnerIds) }, order: { createdAt: 'ASC' } });
  }

  async create(name: string): Promise<PartnerEntity> {
    const partner: PartnerEntity = { id: newId(), name: new InputReader(this.scope.locale).text('name', name, 200), createdAt: this.scope.now.toISOString() };
    return inTransaction(this.scope.ds, async (m) => {
      await m.insert(PartnerEntity, partner);
      await audit(m, this.scope, [{ entityType: 'Partner', entityId: partner.id, clientId: null, action: 'CREATE', changes: [{ field: 'name', from: null, to: partner.name }] }]);
      return partner;
    });
  }

  /** The plain key is returned here and never again. */
  async createApiKey(partnerId: string, name: string): Promise<{ apiKey: ApiKeyEntity; key: string }> {
    const label = new InputReader(this.scope.locale, '').text('name', name, 200);
    const partner = await this.scope.loaders.partner.load(partnerId);
    if (!partner) throw notFound(this.scope.locale, 'Partner', partnerId);
    const { key, prefix, hash } = generateApiKey();
    const apiKey: ApiKeyEntity = { id: newId(), partnerId, name: label, prefix, keyHash: hash, createdAt: this.scope.now.toISOString(), revokedAt: null };
    return inTransaction(this.scope.ds, async (m) => {
      await m.insert(ApiKeyEntity, apiKey);
      await audit(m, this.scope, [{ entityType: 'ApiKey', entityId: apiKey.id, clientId: null, action: 'CREATE', changes: [{ field: 'prefix', from: null, to: prefix }] }]);
      return { apiKey, key };
    });
  }

  async revokeApiKey(id: string): Promise<ApiKeyEntity> {
    return inTransaction(this.scope.ds, async (m) => {
      const apiKey = await m.findOneBy(ApiKeyEntity, { id });
      if (!apiKey) throw notFound(this.scope.locale, 'ApiKey', id);
      if (apiKey.revokedAt) return apiKey;
      apiKey.revokedAt = this.scope.now.toISOString();
      await m.update(ApiKeyEntity, { id }, { revokedAt: apiKey.revokedAt });
      await audit(m, this.scope, [{ entityType: 'ApiKey', entityId: id, clientId: null, action: 'REVOKE', changes: [{ field: 'revokedAt', from: null, to: apiKey.revokedAt }] }]);
      return apiKey;
    });
  }
}
