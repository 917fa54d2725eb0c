// What a new password must be: at least 10 characters, not only spaces, at most 200 (scrypt
// hashes any length; the ceiling keeps a request from spending the server's time on megabytes).
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordRefusal =
  | { code: 'PASSWORD_BLANK'; params: Record<string, never> }
  | { code: 'PASSWORD_TOO_SHORT'; params: { min: number } }
  | { code: 'PASSWORD_TOO_LONG'; params: { max: number } };

export function checkNewPassword(password: string): PasswordRefusal | null {
  if (password.trim() === '') return { code: 'PASSWORD_BLANK', params: {} };
  if (password.length < MIN_PASSWORD_LENGTH) return { code: 'PASSWORD_TOO_SHORT', params: { min: MIN_PASSWORD_LENGTH } };
  if (password.length > MAX_PASSWORD_LENGTH) return { code: 'PASSWORD_TOO_LONG', params: { max: MAX_PASSWORD_LENGTH } };
  return null;
}
