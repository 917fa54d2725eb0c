import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
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
    renderApp(<SignInPage />, [{
      request: { query: SignInDocument, variables },
      result: { errors: [new GraphQLError('Demasiados intentos fallidos. Vuelva a intentarlo dentro de 30 segundos.', {
        extensions: { code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED', retryAfterSeconds: 30 },
      })] },
    }]);
    fill();
    expect(await screen.findByText('Demasiados intentos fallidos. Vuelva a intentarlo dentro de 30 segundos.')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('Podrá volver a intentarlo dentro de 30 segundos.');
    expect(screen.getByRole('button', { name: 'Entrar' }).hasAttribute('disabled')).toBe(true);
    expect(session.active()).toBe(false);
  });

  it('a session opened by signIn is remembered by its expiry only (the token stays in the cookie)', async () => {
    const expiresAt = new Date(Date.now() + 8 * 3600_000).toISOString();
    renderApp(<SignInPage />, [{ request: { query: SignInDocument, variables }, result: { data: { signIn: { __typename: 'SignInPayload', expiresAt } } } }]);
    fill();
    expect(await screen.findByTestId('location')).toBeTruthy();
    await screen.findByText('/', { selector: 'output' });
    expect(session.active()).toBe(true);
    expect(localStorage.getItem('antena.session')).toBe(expiresAt);
  });
});
