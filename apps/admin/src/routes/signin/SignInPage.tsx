// Sign-in: opens a cookie session (signIn). After repeated failures the server refuses for a while
// (TOO_MANY_REQUESTS with retryAfterSeconds): the page says how long to wait, counts down and
// keeps the button disabled until then.
import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useEffect, useState } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { session } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../apollo/errors';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSignedIn } from '../../app/useSession';
import { SignInDocument } from './signin.operations';
import { validators } from '../../components/validators';

/** Seconds the server asked to wait before the next attempt, if it did. */
function retryAfter(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const seconds = error.errors.find((e) => e.extensions?.['code'] === 'TOO_MANY_REQUESTS')?.extensions?.['retryAfterSeconds'];
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/** Seconds left until `until` (ms), ticking every second; 0 once it has passed. */
function useCountdown(until: number | null): number {
  const left = () => (until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (until === null) return undefined;
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}

export function SignInPage() {
  const { t, language } = useI18n();
  const v = validators(language);
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = useSignedIn();
  const [problem, setProblem] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);
  const [signIn, { loading }] = useMutation(SignInDocument);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: v.email,
      password: v.required,
    },
  });
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (signedIn) return <Navigate to={from} replace />;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setRetryAt(null);
    try {
      const result = await signIn({ variables: { email: values.email.trim(), password: values.password } });
      const expiresAt = result.data?.signIn.expiresAt;
      if (!expiresAt) throw new Error('no session');
      session.signIn(expiresAt);
      void navigate(from, { replace: true });
    } catch (error) {
      const seconds = retryAfter(error);
      if (seconds !== null) setRetryAt(Date.now() + seconds * 1000);
      setProblem(describeError(error, t('signIn.failed')).message);
    }
  });

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} component="form" onSubmit={submit} noValidate>
        <Stack>
          <Group justify="space-between">
            <Title order={2}>{t('app.name')}</Title>
            <LanguageSwitch />
          </Group>
          <Title order={4} fw={500}>{t('signIn.title')}</Title>
          {problem && (
            <ExplanationPanel tone="refusal" title={t('signIn.failed')}>
              {problem}
              {wait > 0 && <Text size="sm" mt="xs" role="timer" aria-live="polite">{t('signIn.retryIn', { seconds: wait })}</Text>}
            </ExplanationPanel>
          )}
          <TextInput label={t('signIn.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput label={t('signIn.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={loading} disabled={wait > 0}>{t('signIn.submit')}</Button>
        </Stack>
      </Paper>
    </Center>
  );
}
