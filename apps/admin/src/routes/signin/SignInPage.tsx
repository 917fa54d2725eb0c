import { Button, Center, Paper, PasswordInput, Stack, TextInput, Title, Group } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useState } from 'react';
import { ExplanationPanel } from '@antena/ui';
import { session } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../apollo/errors';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSessionToken } from '../../app/useSession';
import { LoginDocument } from './signin.operations';
import { validators } from '../../components/validators';

export function SignInPage() {
  const { t, language } = useI18n();
  const v = validators(language);
  const navigate = useNavigate();
  const location = useLocation();
  const token = useSessionToken();
  const [problem, setProblem] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginDocument);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: v.email,
      password: v.required,
    },
  });
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (token) return <Navigate to={from} replace />;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const result = await login({ variables: { email: values.email.trim(), password: values.password } });
      const issued = result.data?.login.token;
      if (!issued) throw new Error('no token');
      session.signIn(issued);
      void navigate(from, { replace: true });
    } catch (error) {
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
          {problem && <ExplanationPanel tone="refusal" title={t('signIn.failed')}>{problem}</ExplanationPanel>}
          <TextInput label={t('signIn.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput label={t('signIn.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={loading}>{t('signIn.submit')}</Button>
        </Stack>
      </Paper>
    </Center>
  );
}
