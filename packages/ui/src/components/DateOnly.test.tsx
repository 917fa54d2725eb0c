import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { DateOnly, formatDateOnly } from './DateOnly';
import { renderUi } from '../test/render';

describe('DateOnly', () => {
  it('shows the calendar day without time-zone shifts', () => {
    renderUi(<DateOnly value="2026-11-01" />);
    const time = screen.getByText('01/11/2026');
    expect(time.getAttribute('datetime')).toBe('2026-11-01');
  });

  it('formats periods as month and year in each language', () => {
    expect(formatDateOnly('2026-11', 'es')).toBe('noviembre de 2026');
    expect(formatDateOnly('2026-11', 'en')).toBe('November 2026');
  });

  it('renders a dash for a missing date', () => {
    renderUi(<DateOnly value={null} data-testid="d" />);
    expect(screen.getByTestId('d').textContent).toBe('—');
  });
});
