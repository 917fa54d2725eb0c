import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={2}>{t('common.notFound')}</Title>
      <Anchor component={Link} to="/">{t('nav.dashboard')}</Anchor>
    </Stack>
  );
}
