// The panel every "why" answer uses: a titled callout whose tone says whether it is news, a warning or a refusal.
import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconBan, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type ExplanationTone = 'info' | 'warning' | 'refusal' | 'ok';

const TONES: Record<ExplanationTone, { color: string; icon: ReactNode }> = {
  info: { color: 'blue', icon: <IconInfoCircle /> },
  warning: { color: 'yellow', icon: <IconAlertTriangle /> },
  refusal: { color: 'red', icon: <IconBan /> },
  ok: { color: 'green', icon: <IconCircleCheck /> },
};

export interface ExplanationPanelProps extends Omit<AlertProps, 'title' | 'color' | 'icon'> {
  title: ReactNode;
  tone?: ExplanationTone;
  children?: ReactNode;
}

/**
 * @example
 * <ExplanationPanel tone="warning" title="La firma del contrato prevalece">
 *   Las facturas del contrato C-0001 se seguirán cobrando en ES91 2100 …
 * </ExplanationPanel>
 */
export function ExplanationPanel({ title, tone = 'info', children, ...rest }: ExplanationPanelProps) {
  const { color, icon } = TONES[tone];
  // role=alert only for what needs attention, so screen readers do not announce every info box.
  const role = tone === 'warning' || tone === 'refusal' ? 'alert' : 'note';
  return (
    <Alert title={title} color={color} icon={icon} role={role} data-tone={tone} {...rest}>
      {children}
    </Alert>
  );
}
