// Irreversible actions (deleting, running billing) ask once more, saying what will happen. The focus
// starts on Cancel (the safe answer), not on the close button, and the close button has a name.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUiLocale } from '../locale';
import { uiText } from '../strings';

export interface ConfirmDialogProps {
  opened: boolean;
  title: ReactNode;
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  /** While the action runs: the confirm button spins and the dialog cannot be dismissed. */
  busy?: boolean;
}

/**
 * @example
 * <ConfirmDialog opened={open} danger title="¿Borrar el cliente?" confirmLabel="Borrar"
 *   onConfirm={remove} onCancel={close} busy={deleting}>
 *   Se borrarán también sus contratos y suscripciones.
 * </ConfirmDialog>
 */
export function ConfirmDialog({ opened, title, children, onConfirm, onCancel, confirmLabel, cancelLabel, danger = false, busy = false }: ConfirmDialogProps) {
  const locale = useUiLocale();
  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onCancel} title={title} centered closeOnClickOutside={!busy} withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': uiText(locale, 'close') }}>
      <Stack>
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>{cancelLabel ?? uiText(locale, 'cancel')}</Button>
          <Button color={danger ? 'red' : undefined} onClick={onConfirm} loading={busy}>{confirmLabel ?? uiText(locale, 'confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
