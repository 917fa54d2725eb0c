import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ExplanationPanel } from './ExplanationPanel';
import { renderUi } from '../test/render';

describe('ExplanationPanel', () => {
  it('announces warnings and refusals as alerts', () => {
    renderUi(<ExplanationPanel tone="warning" title="La firma prevalece">Detalle</ExplanationPanel>);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('La firma prevalece');
    expect(alert.textContent).toContain('Detalle');
  });

  it('keeps informative panels out of the alert role', () => {
    renderUi(<ExplanationPanel title="Info">Texto</ExplanationPanel>);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('Texto');
  });
});
