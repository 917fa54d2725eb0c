// The client profile fields, shared by "new client" and the profile editor; rules from @antena/domain.
import { Alert, Anchor, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { TaxIdDuplicatesDocument } from './clients.operations';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../i18n/I18nProvider';
import { validators } from '../../components/validators';
import type { Language } from '../../i18n/language';

export interface ClientValues {
  kind: 'PERSON' | 'COMPANY';
  name: string;
  taxId: string;
  email: string;
  phone: string;
  address: string;
  iban: string;
  [key: string]: unknown;
}

export const emptyClient: ClientValues = { kind: 'PERSON', name: '', taxId: '', email: '', phone: '', address: '', iban: '' };

export function clientValidation(language: Language) {
  const v = validators(language);
  return { name: v.required, taxId: v.taxId, email: v.email, iban: v.optionalIban };
}

/** Empty optional fields are sent as null so the server clears them instead of storing "". */
export function clientInput(values: ClientValues) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    kind: values.kind,
    name: values.name.trim(),
    taxId: values.taxId.trim().toUpperCase(),
    email: values.email.trim(),
    phone: orNull(values.phone),
    address: orNull(values.address),
    iban: orNull(values.iban)?.replace(/\s/g, '').toUpperCase() ?? null,
  };
}

/**
 * Another client with the same tax id is a warning with a link to it, never a refusal (a company may
 * hold several accounts): the API finds them (DUPLICATE_TAX_ID) once the tax id typed is valid.
 */
function DuplicateTaxIdWarning({ taxId, clientId }: { taxId: string; clientId: string | null }) {
  const { t, language } = useI18n();
  const valid = taxId.trim() !== '' && validators(language).taxId(taxId) === null;
  const [asked] = useDebouncedValue(valid ? taxId.trim().toUpperCase() : '', 300);
  const { data } = useQuery(TaxIdDuplicatesDocument, { variables: { taxId: asked, clientId }, skip: asked === '', fetchPolicy: 'network-only' });
  const warnings = asked && valid ? data?.taxIdDuplicates ?? [] : [];
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t('clients.duplicateTaxId')} role="status">
      <Stack gap={4}>
        {warnings.map((w) => (
          <Text key={w.entityId} size="sm">
            {w.message} {w.remedy} <Anchor component={Link} to={`/clients/${w.entityId}`}>{t('clients.openDuplicate')}</Anchor>
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

export function ClientFields({ form, clientId = null }: { form: UseFormReturnType<ClientValues>; clientId?: string | null }) {
  const { t } = useI18n();
  return (
    <>
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select label={t('clients.kind')} allowDeselect={false}
        data={[{ value: 'PERSON', label: t('clients.kind.PERSON') }, { value: 'COMPANY', label: t('clients.kind.COMPANY') }]}
        {...form.getInputProps('kind')} />
      <TextInput label={t('clients.name')} required data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('clients.taxId')} required {...form.getInputProps('taxId')} />
      <TextInput label={t('clients.email')} type="email" required {...form.getInputProps('email')} />
      <TextInput label={t('clients.phone')} {...form.getInputProps('phone')} />
      <TextInput label={t('clients.address')} {...form.getInputProps('address')} />
      <TextInput label={t('clients.iban')} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} {...form.getInputProps('iban')} />
    </SimpleGrid>
    <DuplicateTaxIdWarning taxId={form.values.taxId} clientId={clientId} />
    </>
  );
}
