import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { BlockerList, type Blocker } from './BlockerList';
import { renderUi } from '../test/render';

const blockers: Blocker[] = [
  { code: 'CONTRACT_SIGNED', message: 'El contrato C-0001 está firmado.', remedy: 'Finaliza el contrato.', entityType: 'Contract', entityId: 'c1' },
  { code: 'HAS_PENDING_INVOICES', message: 'Tiene 1 factura pendiente.', remedy: 'Cobra la factura.', entityType: 'Client', entityId: 'k1' },
];
const linkFor = (type: string, id: string) => (type === 'Contract' ? `/contracts/${id}` : null);

describe('BlockerList', () => {
  it('shows each blocker with its message and remedy', () => {
    renderUi(<BlockerList blockers={blockers} linkFor={linkFor} />);
    expect(screen.getByText('El contrato C-0001 está firmado.')).toBeTruthy();
    expect(screen.getByText('Finaliza el contrato.')).toBeTruthy();
    expect(screen.getByText('Cobra la factura.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Impedimentos' }).querySelectorAll('li')).toHaveLength(2);
  });

  it('links only the entities that have a page', () => {
    renderUi(<BlockerList blockers={blockers} linkFor={linkFor} entityLabel={(b) => `contrato ${b.entityId}`} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('/contracts/c1');
    expect(links[0]!.textContent).toBe('Ver contrato c1');
  });

  it('navigates on the client when given a navigator', () => {
    const onNavigate = vi.fn();
    renderUi(<BlockerList blockers={blockers} linkFor={linkFor} onNavigate={onNavigate} />, 'en');
    fireEvent.click(screen.getByRole('link', { name: 'Open Contract' }));
    expect(onNavigate).toHaveBeenCalledWith('/contracts/c1');
  });

  it('says so when nothing blocks', () => {
    renderUi(<BlockerList blockers={[]} linkFor={linkFor} />);
    expect(screen.getByText('No hay impedimentos')).toBeTruthy();
  });
});
