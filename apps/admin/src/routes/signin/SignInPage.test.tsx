import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { answer, refuse } from '../../test/typed';
import { session } from '../../auth/session';
import { SignInPage } from './SignInPage';
import { SignInDocument } from './signin.operations';

const variables = { email: 'admin@antena.test', password: 'a wrong one' };

function fill() {
  fireEvent.change(screen.getByLabelText(/Correo electrónico/), { target: { value: variables.email } });
  fireEvent.change(screen.getByLabelText(/Contraseña/), { target: { value: variables.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Entrar' }));
}

describe('SignInPage', () => {
  it('when the server throttles, says how long to wait and keeps the button disabled', async () => {
    // As errors.ts loginThrottled() sends it: TOO_MANY_REQUESTS, reason LOGIN_THROTTLED, when to retry.
    renderApp(<SignInPage />, [refuse(SignInDocument, variables, 'TOO_MANY_REQUESTS', null, {
      reason: 'LOGIN_THROTTLED', params: { retryAfterSeconds: 30 }, extensions: { retryAfterSeconds: 30, retryAt: new Date(Date.now() + 30_000).toISOString() },
    })]);
    fill();
    expect(await screen.findByText('Demasiados intentos fallidos. Vuelva a intentarlo dentro de 30 segundos.')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('Podrá volver a intentarlo dentro de 30 segundos.');
    expect(screen.getByRole('button', { name: 'Entrar' }).hasAttribute('disabled')).toBe(true);
    expect(session.active()).toBe(false);
  });

  it('a session opened by signIn is remembered by its expiry only (the token stays in the cookie)', async () => {
    const expiresAt = new Date(Date.now() + 8 * 3600_000).toISOString();
    renderApp(<SignInPage />, [answer(SignInDocument, variables, { signIn: { __typename: 'SignInPayload', expiresAt } })]);
    fill();
    expect(await screen.findByTestId('location')).toBeTruthy();
    await screen.findByText('/', { selector: 'output' });
    expect(session.active()).toBe(true);
    expect(localStorage.getItem('antena.session')).toBe(expiresAt);
  });
});
