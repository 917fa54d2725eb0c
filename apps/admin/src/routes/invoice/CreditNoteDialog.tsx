// "Emitir factura rectificativa" (createCreditNote): the whole rest of the invoice or amounts of some of its
// lines, a reason and a rectification type, then a confirmation saying what will be issued, then the new credit
// note. What is creditable, and whether the action is offered at all, come from the API (Invoice.creditable,
// availableActions): no rule is re-derived here; the server's refusals are shown with their remedy.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatCents, formatVatRate, parseEuros } from '@antena/domain';
import { ExplanationPanel, Money } from '@antena/ui';
import { graphql } from '../../gql';
import type { RectificationType } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSubmit } from '../../components/useSubmit';
import { notifySuccess } from '../../components/notify';
import { useUnsavedChanges } from '../../components/UnsavedChanges';

export const CreateCreditNoteDocument = graphql(`
  mutation CreateCreditNote($input: CreateCreditNoteInput!) {
    createCreditNote(input: $input) {
      id
      number
    }
  }
`);

const TYPES: RectificationType[] = ['R1', 'R2', 'R3', 'R4', 'R5'];

export interface CreditNoteDialogProps {
  invoice: {
    id: string;
    number: string;
    version: number;
    lines: readonly { id: string; description: string }[];
    creditable: {
      totalCents: number;
      defaultRectificationType: RectificationType;
      lines: readonly { lineId: string; position: number; amountCents: number; vatRate: number }[];
    };
  };
}

export function CreditNoteDialog({ invoice }: CreditNoteDialogProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const creditableLines = invoice.creditable.lines.filter((l) => l.amountCents > 0);
  const initialValues = {
    scope: 'lines', reason: '', rectificationType: invoice.creditable.defaultRectificationType as string,
    amounts: Object.fromEntries(creditableLines.map((l) => [l.lineId, ''])) as Record<string, string>,
  };
  const form = useForm({
    initialValues,
    validate: {
      reason: (v) => (v.trim() ? null : t('creditNote.reasonRequired')),
      amounts: (amounts, values) => {
        if (values.scope !== 'lines') return null;
        const typed = Object.values(amounts).filter((a) => a.trim() !== '');
        if (typed.length === 0) return t('creditNote.noLines');
        return typed.every((a) => parseEuros(a) !== null) ? null : t('creditNote.amountInvalid');
      },
    },
  });
  const { run, problem, remedy, clearProblem } = useSubmit(form);
  const { release } = useUnsavedChanges(opened && form.isDirty());
  const [createCreditNote, creating] = useMutation(CreateCreditNoteDocument, { refetchQueries: ['InvoicePage'] });

  const values = form.getValues();
  const requested = Object.entries(values.amounts).filter(([, a]) => a.trim() !== '').map(([lineId, a]) => ({ lineId, amountCents: parseEuros(a) ?? 0 }));
  const requestedBase = requested.reduce((s, r) => s + r.amountCents, 0);
  const description = (lineId: string) => invoice.lines.find((l) => l.id === lineId)?.description ?? '';

  const open = () => { form.setValues(initialValues); form.clearErrors(); clearProblem(); setConfirming(false); setOpened(true); };
  const review = () => { clearProblem(); if (!form.validate().hasErrors) setConfirming(true); };
  const issue = async () => {
    const input = {
      invoiceId: invoice.id, reason: values.reason.trim(), rectificationType: values.rectificationType as RectificationType, expectedVersion: invoice.version,
      ...(values.scope === 'whole' ? { whole: true } : { lines: requested }),
    };
    const result = await run(() => createCreditNote({ variables: { input } }));
    const note = result?.data?.createCreditNote;
    if (note) {
      notifySuccess(t('creditNote.issued', { number: note.number }));
      release();
      setOpened(false);
      void navigate(`/invoices/${note.id}`);
    } else {
      setConfirming(false);
    }
  };

  return (
    <>
      <Button variant="light" color="orange" onClick={open}>{t('creditNote.open')}</Button>
      <Modal opened={opened} onClose={creating.loading ? () => undefined : () => setOpened(false)} size="lg" centered
        title={t('creditNote.title', { number: invoice.number })} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
        {!confirming ? (
          <Stack>
            <Group gap="xs"><Text size="sm">{t('creditNote.creditable')}:</Text><Money size="sm" fw={600} cents={invoice.creditable.totalCents} data-testid="creditable-total" /></Group>
            <SegmentedControl data={[{ value: 'lines', label: t('creditNote.byLines') }, { value: 'whole', label: t('creditNote.whole') }]}
              {...form.getInputProps('scope')} aria-label={t('creditNote.scope')} />
            {values.scope === 'lines' && (
              <Table.ScrollContainer minWidth={320} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}><Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('invoice.concept')}</Table.Th><Table.Th ta="right">{t('common.vatRate')}</Table.Th>
                    <Table.Th ta="right">{t('creditNote.left')}</Table.Th><Table.Th ta="right">{t('creditNote.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {creditableLines.map((l) => (
                    <Table.Tr key={l.lineId}>
                      <Table.Td><Text size="sm">{description(l.lineId)}</Text></Table.Td>
                      <Table.Td ta="right">{formatVatRate(l.vatRate, language)}</Table.Td>
                      <Table.Td ta="right"><Money cents={l.amountCents} /></Table.Td>
                      <Table.Td ta="right" w={140}>
                        <TextInput aria-label={t('creditNote.amountOfLine', { position: l.position })} placeholder={formatCents(l.amountCents, language)}
                          {...form.getInputProps(`amounts.${l.lineId}`)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table></Table.ScrollContainer>
            )}
            {form.errors['amounts'] && <Text size="sm" c="red" role="alert">{form.errors['amounts']}</Text>}
            <Textarea label={t('creditNote.reason')} required rows={2} maxLength={500} {...form.getInputProps('reason')} />
            <Select label={t('creditNote.type')} data={TYPES.map((v) => ({ value: v, label: t(`creditNote.type.${v}`) }))} allowDeselect={false}
              {...form.getInputProps('rectificationType')} />
            {problem && (
              <ExplanationPanel tone="refusal" title={t('creditNote.refused')}>
                <Text size="sm">{problem}</Text>
                {remedy && <Text size="sm" fw={500}>{remedy}</Text>}
              </ExplanationPanel>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>{t('common.cancel')}</Button>
              <Button onClick={review}>{t('creditNote.review')}</Button>
            </Group>
          </Stack>
        ) : (
          <Stack data-testid="credit-note-confirmation">
            <Text>{t('creditNote.confirmIntro', { number: invoice.number, type: values.rectificationType })}</Text>
            {values.scope === 'whole' ? (
              <Text fw={500}>{t('creditNote.confirmWhole', { amount: formatCents(invoice.creditable.totalCents, language) })}</Text>
            ) : (
              <>
                <Text fw={500}>{t('creditNote.confirmLines', { amount: formatCents(requestedBase, language) })}</Text>
                <Stack gap={2}>
                  {requested.map((r) => <Text key={r.lineId} size="sm">· {description(r.lineId)}: {formatCents(r.amountCents, language)}</Text>)}
                </Stack>
              </>
            )}
            <Text size="sm">{t('creditNote.reason')}: {values.reason.trim()}</Text>
            <Text size="sm" c="dimmed">{t('creditNote.confirmFinal')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={creating.loading}>{t('creditNote.back')}</Button>
              <Button color="orange" loading={creating.loading} onClick={() => void issue()}>{t('creditNote.issue')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
