// The system identity written in every record (SistemaInformatico; docs/verifactu.md, "System identity"):
// the one place that says who produces Antena, what it is called, its id and version. The installation
// number comes from the settings row, so every installation keeps its own chain.
import type { SystemIdentity } from '@antena/domain';

export const SYSTEM = {
  producerName: 'Antena Software S.L.',
  producerNif: 'B12345674',
  systemName: 'Antena',
  systemId: 'AN',
  version: '0.1.0',
} as const;

export const systemIdentity = (installationNumber: string): SystemIdentity => ({ ...SYSTEM, installationNumber });
