// One badge for every state word the back office reads: subscription states (docs/product.md §2), contract
// statuses and invoice payment statuses, each with a colour that keeps its meaning across pages.
import { Badge, type BadgeProps } from '@mantine/core';
import { useUiLocale, type UiLocale } from '../locale';

export type SubscriptionStateName = 'PENDING_ACTIVATION' | 'ACTIVE' | 'ACTIVE_NON_BILLABLE' | 'SUSPENDED' | 'CANCELLED' | 'REJECTED';
export type ContractStatusName = 'DRAFT' | 'SIGNED' | 'TERMINATED';
export type InvoiceStatusName = 'ISSUED' | 'PAID' | 'RETURNED';
export type StateName = SubscriptionStateName | ContractStatusName | InvoiceStatusName;

const COLORS: Record<StateName, string> = {
  PENDING_ACTIVATION: 'yellow',
  ACTIVE: 'green',
  ACTIVE_NON_BILLABLE: 'teal',
  SUSPENDED: 'orange',
  CANCELLED: 'gray',
  REJECTED: 'red',
  DRAFT: 'gray',
  SIGNED: 'blue',
  TERMINATED: 'dark',
  ISSUED: 'blue',
  PAID: 'green',
  RETURNED: 'red',
};

export const STATE_LABELS: Record<UiLocale, Record<StateName, string>> = {
  es: {
    PENDING_ACTIVATION: 'Pendiente de activación',
    ACTIVE: 'Activa',
    ACTIVE_NON_BILLABLE: 'Activa no facturable',
    SUSPENDED: 'Suspendida',
    CANCELLED: 'Cancelada',
    REJECTED: 'Rechazada',
    DRAFT: 'Borrador',
    SIGNED: 'Firmado',
    TERMINATED: 'Finalizado',
    ISSUED: 'Emitida',
    PAID: 'Pagada',
    RETURNED: 'Devuelta',
  },
  en: {
    PENDING_ACTIVATION: 'Pending activation',
    ACTIVE: 'Active',
    ACTIVE_NON_BILLABLE: 'Active, non-billable',
    SUSPENDED: 'Suspended',
    CANCELLED: 'Cancelled',
    REJECTED: 'Rejected',
    DRAFT: 'Draft',
    SIGNED: 'Signed',
    TERMINATED: 'Terminated',
    ISSUED: 'Issued',
    PAID: 'Paid',
    RETURNED: 'Returned',
  },
};

export function stateLabel(state: StateName, locale: UiLocale): string {
  return STATE_LABELS[locale][state];
}

export interface StateBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  state: StateName;
}

/**
 * @example
 * <StateBadge state="ACTIVE_NON_BILLABLE" />   // teal "Activa no facturable"
 * <StateBadge state="RETURNED" />              // red "Devuelta"
 */
export function StateBadge({ state, ...rest }: StateBadgeProps) {
  const locale = useUiLocale();
  return (
    <Badge color={COLORS[state]} variant="light" data-state={state} {...rest}>
      {stateLabel(state, locale)}
    </Badge>
  );
}
