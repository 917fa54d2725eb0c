import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { PageTitle } from '../components/PageTitle';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Stack>
      <PageTitle>{t('common.notFound')}</PageTitle>
      <Anchor component={Link} to="/">{t('nav.dashboard')}</Anchor>
    </Stack>
  );
}
