import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { DateField, parseTypedDate, showTypedDate } from './DateField';
import { renderUi } from '../test/render';
import type { UiLocale } from '../locale';

function Harness({ initial = '', onChange, label = 'Fecha de efecto', error }: { initial?: string; onChange?: (v: string) => void; label?: string; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label={label} value={value} error={error} onChange={(v) => { setValue(v); onChange?.(v); }} />
      <output data-testid="value">{value}</output>
    </>
  );
}

const field = (name: string | RegExp = 'Fecha de efecto') => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (input: HTMLInputElement, text: string) => fireEvent.change(input, { target: { value: text } });

describe('parseTypedDate', () => {
  it('reads DD/MM/AAAA, D/M/AAAA and the API form YYYY-MM-DD', () => {
    expect(parseTypedDate('16/11/2026')).toBe('2026-11-16');
    expect(parseTypedDate('1/2/2026')).toBe('2026-02-01');
    expect(parseTypedDate(' 29/02/2028 ')).toBe('2028-02-29');
    expect(parseTypedDate('2026-11-16')).toBe('2026-11-16');
  });

  it('refuses days the calendar does not have and other text', () => {
    expect(parseTypedDate('31/02/2026')).toBeNull();
    expect(parseTypedDate('29/02/2027')).toBeNull();
    expect(parseTypedDate('2026-13-01')).toBeNull();
    expect(parseTypedDate('16/11/26')).toBeNull();
    expect(parseTypedDate('mañana')).toBeNull();
    expect(showTypedDate('2026-11-01')).toBe('01/11/2026');
  });
});

describe('DateField', () => {
  it('gives the form YYYY-MM-DD for a typed DD/MM/AAAA or D/M/AAAA', () => {
    const onChange = vi.fn();
    renderUi(<Harness onChange={onChange} />);
    type(field(), '16/11/2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-11-16');
    type(field(), '1/2/2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-02-01');
    fireEvent.blur(field());
    expect(field().value).toBe('01/02/2026');
    type(field(), '');
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('shows the ISO value it is given as DD/MM/AAAA, with the format as placeholder', () => {
    renderUi(<Harness initial="2026-11-01" />);
    expect(field().value).toBe('01/11/2026');
    type(field(), '');
    expect(field().placeholder).toBe('DD/MM/AAAA');
  });

  it('says an impossible day is not a date, in the field, and keeps the text', () => {
    const onChange = vi.fn();
    renderUi(<Harness onChange={onChange} />);
    type(field(), '31/02/2026');
    expect(screen.getByText(/«31\/02\/2026» no es una fecha del calendario/)).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().value).toBe('31/02/2026');
    expect(onChange).toHaveBeenLastCalledWith('31/02/2026');
    // A half-typed date is said on leaving the field.
    type(field(), '3/1');
    expect(screen.queryByText(/no es una fecha/)).toBeNull();
    fireEvent.blur(field());
    expect(screen.getByText(/«3\/1» no es una fecha del calendario/)).toBeTruthy();
    type(field(), '03/01/2026');
    expect(screen.queryByText(/no es una fecha/)).toBeNull();
  });

  it("shows the form's own error when the text is a date", () => {
    renderUi(<Harness initial="2026-11-01" error="No puede ser anterior al alta" />);
    expect(screen.getByText('No puede ser anterior al alta')).toBeTruthy();
  });

  it('opens the calendar from the keyboard on the chosen day; the arrows move and Enter picks', async () => {
    const onChange = vi.fn();
    renderUi(<Harness initial="2026-11-16" onChange={onChange} />);
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    const calendar = await screen.findByRole('dialog', { name: 'Calendario de Fecha de efecto' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('16 noviembre 2026'));
    expect(calendar.textContent).toContain('noviembre 2026');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('17 noviembre 2026'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('24 noviembre 2026'));
    // Enter on a focused button is its click.
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(onChange).toHaveBeenLastCalledWith('2026-11-24');
    expect(field().value).toBe('24/11/2026');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens the calendar with its button too, named after the field', async () => {
    const onChange = vi.fn();
    renderUi(<Harness initial="2026-11-16" onChange={onChange} />);
    const button = screen.getByRole('button', { name: 'Abrir el calendario de Fecha de efecto' });
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: '3 noviembre 2026' }));
    expect(onChange).toHaveBeenLastCalledWith('2026-11-03');
  });

  it('speaks English with the same DD/MM typing', async () => {
    const onChange = vi.fn();
    const locale: UiLocale = 'en';
    renderUi(<Harness label="Effective date" onChange={onChange} />, locale);
    const input = field('Effective date');
    expect(input.placeholder).toBe('DD/MM/YYYY');
    type(input, '05/03/2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-03-05');
    type(input, '30/02/2026');
    expect(screen.getByText(/“30\/02\/2026” is not a calendar date: type it as DD\/MM\/YYYY/)).toBeTruthy();
    type(input, '05/03/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Open the calendar for Effective date' }));
    const calendar = await screen.findByRole('dialog', { name: 'Calendar for Effective date' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('5 March 2026'));
    expect(calendar.querySelector('[aria-label="Next month"]')).toBeTruthy();
  });
});
