import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Money } from './Money';
import { renderUi } from '../test/render';

describe('Money', () => {
  it('formats integer cents in Spanish by default', () => {
    renderUi(<Money cents={4538} data-testid="m" />);
    expect(screen.getByTestId('m').textContent?.replace(/\s/g, ' ')).toBe('45,38 €');
  });

  it('formats in English when the language is English', () => {
    renderUi(<Money cents={4538} data-testid="m" />, 'en');
    expect(screen.getByTestId('m').textContent).toBe('€45.38');
  });

  it('marks negative amounts red only when signed', () => {
    renderUi(<><Money cents={-1815} signed data-testid="signed" /><Money cents={-1815} data-testid="plain" /></>);
    expect(screen.getByTestId('signed').getAttribute('style')).toContain('red');
    expect(screen.getByTestId('plain').getAttribute('style') ?? '').not.toContain('red');
  });
});
