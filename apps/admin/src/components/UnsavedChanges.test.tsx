import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { renderApp } from '../test/renderApp';
import { useUnsavedChanges } from './UnsavedChanges';

function Field({ name }: { name: string }) {
  const [value, setValue] = useState('');
  const { release } = useUnsavedChanges(value !== '');
  return (
    <>
      <label>{name}<input value={value} onChange={(e) => setValue(e.currentTarget.value)} /></label>
      <button type="button" onClick={release}>{`guardar ${name}`}</button>
    </>
  );
}

// Two forms on one page (as on a subscription): the router honours one blocker, so either must ask.
function Page() {
  return (
    <>
      <Field name="primero" />
      <Field name="segundo" />
      <Link to="/elsewhere">salir</Link>
    </>
  );
}

describe('unsaved changes', () => {
  it('asks before leaving when any form of the page has edits; staying keeps them, leaving goes', async () => {
    renderApp(<Page />);
    fireEvent.change(screen.getByLabelText('primero'), { target: { value: 'algo' } });
    fireEvent.click(screen.getByText('salir'));
    const prompt = await screen.findByRole('dialog', { name: 'Hay cambios sin guardar' });
    expect(prompt).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Seguir editando' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByTestId('location').textContent).toBe('/start');
    expect((screen.getByLabelText('primero') as HTMLInputElement).value).toBe('algo');
    fireEvent.click(screen.getByText('salir'));
    fireEvent.click(await screen.findByRole('button', { name: 'Salir sin guardar' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/elsewhere'));
  });

  it('does not ask without edits, nor once the edits are released (saved)', async () => {
    renderApp(<Page />);
    fireEvent.change(screen.getByLabelText('segundo'), { target: { value: 'algo' } });
    fireEvent.click(screen.getByText('guardar segundo'));
    fireEvent.click(screen.getByText('salir'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/elsewhere'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('arms the browser prompt (beforeunload) only while there are edits', () => {
    renderApp(<Page />);
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    fireEvent.change(screen.getByLabelText('primero'), { target: { value: 'algo' } });
    const warned = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(warned);
    expect(warned.defaultPrevented).toBe(true);
  });
});
