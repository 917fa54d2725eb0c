// Loading and error states shared by every page, so none can forget them.
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { describeError } from '../apollo/errors';

export function PageLoader() {
  const { t } = useI18n();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const problem = describeError(error, t('common.loadError'));
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={t('common.loadError')} role="alert">
      <Stack gap="xs" align="flex-start">
        <span>{problem.message}</span>
        {onRetry && <Button size="xs" variant="light" color="red" onClick={onRetry}>{t('common.retry')}</Button>}
      </Stack>
    </Alert>
  );
}

/** Renders children only once data is there; before that, a loader or the error with a retry. */
export function QueryState<T>({ data, loading, error, onRetry, children }: {
  data: T | undefined | null;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (data) return <>{children(data)}</>;
  if (error) return <ErrorState error={error} {...(onRetry ? { onRetry } : {})} />;
  if (loading) return <PageLoader />;
  return null;
}
