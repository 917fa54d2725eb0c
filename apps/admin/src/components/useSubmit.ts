// Runs a mutation for a form: server refusals land on the offending field (BAD_USER_INPUT with
// extensions.field), anything else in a toast; the form's values are never reset on failure.
import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { UseFormReturnType } from '@mantine/form';
import { describeError, fieldName } from '../apollo/errors';
import { useI18n } from '../i18n/I18nProvider';
import { notifyFailure } from './notify';

/** `aliases` maps an API input field to the form field that holds it (e.g. amountCents → amount). */
export function useSubmit<Values extends Record<string, unknown>>(form: UseFormReturnType<Values> | null, aliases: Record<string, string> = {}) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [remedy, setRemedy] = useState<string | null>(null);
  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    setProblem(null);
    setRemedy(null);
    try {
      return await action();
    } catch (error) {
      const report = describeError(error, t('common.error'));
      // Someone else saved first (stale version): reload what is shown, so the next save carries the
      // current version, while the form keeps what this user typed.
      if (report.code === 'CONFLICT') void client.refetchQueries({ include: 'active' });
      let placed = false;
      if (form) {
        for (const [path, message] of Object.entries(report.fields)) {
          const name = aliases[fieldName(path)] ?? fieldName(path);
          if (name in form.getValues()) {
            form.setFieldError(name, message);
            placed = true;
          }
        }
      }
      if (!placed) {
        setProblem(report.message);
        setRemedy(report.remedy);
        notifyFailure(t('common.error'), report.message);
      }
      return null;
    }
  }
  return { run, problem, remedy, clearProblem: () => { setProblem(null); setRemedy(null); } };
}
