import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ConfirmDialog } from './ConfirmDialog';
import { renderUi } from '../test/render';

describe('ConfirmDialog', () => {
  it('asks and calls back on confirm or cancel', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    renderUi(<ConfirmDialog opened title="¿Borrar el cliente?" confirmLabel="Borrar" onConfirm={onConfirm} onCancel={onCancel}>Se borrará todo.</ConfirmDialog>);
    expect(await screen.findByText('Se borrará todo.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Borrar' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('renders nothing when closed', () => {
    renderUi(<ConfirmDialog opened={false} title="T" onConfirm={() => {}} onCancel={() => {}}>Body</ConfirmDialog>);
    expect(screen.queryByText('Body')).toBeNull();
  });

  it('cannot be cancelled while the action runs', async () => {
    const onCancel = vi.fn();
    renderUi(<ConfirmDialog opened busy title="T" onConfirm={() => {}} onCancel={onCancel}>Body</ConfirmDialog>, 'en');
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    expect(cancel.hasAttribute('disabled')).toBe(true);
  });

  it('names its close button in the chosen language and starts the focus on Cancel', async () => {
    renderUi(<ConfirmDialog opened title="T" onConfirm={() => {}} onCancel={() => {}}>Body</ConfirmDialog>, 'en');
    expect(await screen.findByRole('button', { name: 'Close' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
  });
});
