// The invoice PDF, downloaded with the session (components/download.ts).
import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadFile } from '../../components/download';
import { notifyFailure } from '../../components/notify';

export function PdfButton({ url, fileName }: { url: string; fileName: string }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState(false);
  const open = async () => {
    setLoading(true);
    try {
      await downloadFile(url, fileName);
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
