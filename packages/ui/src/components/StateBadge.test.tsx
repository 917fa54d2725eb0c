import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { StateBadge, STATE_LABELS } from './StateBadge';
import { renderUi } from '../test/render';

describe('StateBadge', () => {
  it('names a subscription state in Spanish', () => {
    renderUi(<StateBadge state="ACTIVE_NON_BILLABLE" />);
    expect(screen.getByText('Activa no facturable')).toBeTruthy();
  });

  it('names an invoice payment status in English', () => {
    renderUi(<StateBadge state="RETURNED" />, 'en');
    expect(screen.getByText('Returned')).toBeTruthy();
  });

  it('has a distinct label for every state in both languages', () => {
    for (const labels of Object.values(STATE_LABELS)) {
      const values = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(Object.keys(STATE_LABELS.es)).toEqual(Object.keys(STATE_LABELS.en));
  });
});
