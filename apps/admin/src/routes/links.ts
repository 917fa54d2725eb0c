// Where each entity lives in the SPA; BlockerList and tables link through here.
export function linkFor(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case 'Client':
      return `/clients/${entityId}`;
    case 'Contract':
      return `/contracts/${entityId}`;
    case 'ServiceSubscription':
      return `/subscriptions/${entityId}`;
    case 'Invoice':
      return `/invoices/${entityId}`;
    default:
      return null;
  }
}
