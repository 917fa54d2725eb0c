// The client profile fields, shared by "new client" and the profile editor; rules from @antena/domain.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
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

export function ClientFields({ form }: { form: UseFormReturnType<ClientValues> }) {
  const { t } = useI18n();
  return (
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
  );
}
