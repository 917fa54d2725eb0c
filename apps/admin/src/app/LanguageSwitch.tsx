import { SegmentedControl } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';
import type { Language } from '../i18n/language';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={[{ value: 'es', label: 'ES' }, { value: 'en', label: 'EN' }]}
    />
  );
}
