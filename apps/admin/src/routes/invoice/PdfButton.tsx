// The PDF needs the session cookie and the CSRF header the API requires with it, which a plain link
// cannot send: fetch it, then open the blob. Accept-Language follows the chosen language.
import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { CSRF_HEADERS } from '../../auth/session';
import { languageStore } from '../../i18n/language';
import { useI18n } from '../../i18n/I18nProvider';
import { notifyFailure } from '../../components/notify';

export function PdfButton({ url, fileName }: { url: string; fileName: string }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState(false);
  const open = async () => {
    setLoading(true);
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': languageStore.get(), ...CSRF_HEADERS } });
      if (!response.ok) throw new Error(`${response.status}`);
      const blob = await response.blob();
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    } catch (error) {
      notifyFailure(t('common.error'), `${t('invoice.pdf')}: ${error instanceof Error ? error.message : ''}`);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button variant="light" loading={loading} leftSection={<IconFileTypePdf size={16} />} onClick={() => void open()}>
      {t('invoice.pdf')}
    </Button>
  );
}
