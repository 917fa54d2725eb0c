// One date field for every calendar day the back office asks for: the clerk types DD/MM/AAAA (D/M/AAAA and
// the API's own YYYY-MM-DD are accepted too) or picks the day from a calendar, by mouse or by keyboard; the
// form gets and gives the API's date-only string YYYY-MM-DD. What is typed but is no calendar day stays in
// the field with an error saying so, and the form receives the text as typed (which no date rule accepts).
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useId } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { formatDay, isDateOnly } from '@antena/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/es';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useUiLocale } from '../locale';
import { uiText } from '../strings';

const TYPED_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The ISO day of what a clerk typed (DD/MM/AAAA, D/M/AAAA or YYYY-MM-DD), or null when it is no calendar day. */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  if (ISO_DAY.test(trimmed)) return isDateOnly(trimmed) ? trimmed : null;
  const typed = TYPED_DAY.exec(trimmed);
  if (!typed) return null;
  const iso = `${typed[3]}-${typed[2]!.padStart(2, '0')}-${typed[1]!.padStart(2, '0')}`;
  return isDateOnly(iso) ? iso : null;
}

/** YYYY-MM-DD as the clerk writes it, DD/MM/AAAA (the domain's formatDay); anything else unchanged. */
export const showTypedDate = formatDay;

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'label'> {
  /** The field's visible (and accessible) name. */
  label: string;
  /** YYYY-MM-DD, '' (or absent) for none, or the text as typed while it is no calendar day. */
  value?: string;
  /** YYYY-MM-DD for a calendar day, '' when emptied, the typed text when it is no calendar day. */
  onChange: (value: string) => void;
}

/**
 * @example
 * <DateField label="Fecha de efecto" {...form.getInputProps('effectiveDate')} />   // the form holds "2026-11-16"
 */
export function DateField({ label, value = '', onChange, error, onBlur, onKeyDown, placeholder, disabled, readOnly, ...rest }: DateFieldProps) {
  const locale = useUiLocale();
  const [text, setText] = useState(showTypedDate(value));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const [month, setMonth] = useState<string>(ISO_DAY.test(value) ? value : dayjs().format('YYYY-MM-DD'));
  const emitted = useRef(value);
  const dropdown = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const calendarId = useId();

  // A value set from outside (a form reset, another default) replaces what the field shows.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(showTypedDate(value));
    setInvalid(null);
    if (ISO_DAY.test(value)) setMonth(value);
  }, [value]);

  // The calendar opens with the chosen day (or today) focused, so the arrow keys move from there.
  useEffect(() => {
    if (!opened) return undefined;
    const frame = requestAnimationFrame(() => {
      const day = dropdown.current?.querySelector<HTMLButtonElement>('table button[tabindex="0"]');
      day?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [opened]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };

  const refusal = (typed: string) => uiText(locale, 'date.invalid', { value: typed.trim() });

  const typed = (next: string) => {
    setText(next);
    const iso = parseTypedDate(next);
    if (iso) {
      setInvalid(null);
      setMonth(iso);
      emit(iso);
    } else if (!next.trim()) {
      setInvalid(null);
      emit('');
    } else {
      // A complete day that does not exist (31/02/2026) is said at once; a half-typed one on leaving the field.
      setInvalid(TYPED_DAY.test(next.trim()) || ISO_DAY.test(next.trim()) ? refusal(next) : null);
      emit(next.trim());
    }
  };

  const left = (event: FocusEvent<HTMLInputElement>) => {
    if (text.trim() && !parseTypedDate(text)) setInvalid(refusal(text));
    else if (parseTypedDate(text)) setText(showTypedDate(parseTypedDate(text)!));
    onBlur?.(event);
  };

  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    // Alt+↓ (or ↓) opens the calendar from the text, as a native date control does.
    if (event.key === 'ArrowDown' && !readOnly && !disabled) {
      event.preventDefault();
      setOpened(true);
    }
    onKeyDown?.(event);
  };

  const picked = (day: string | null) => {
    if (!day) return;
    setText(showTypedDate(day));
    setInvalid(null);
    emit(day);
    setOpened(false);
    input.current?.focus();
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withRoles={false} trapFocus returnFocus closeOnEscape shadow="md" disabled={disabled || readOnly}>
      <TextInput
        {...rest}
        ref={input}
        label={label}
        value={text}
        onChange={(event) => typed(event.currentTarget.value)}
        onBlur={left}
        onKeyDown={keys}
        placeholder={placeholder ?? uiText(locale, 'date.format')}
        inputMode="numeric"
        autoComplete="off"
        disabled={disabled}
        readOnly={readOnly}
        error={invalid ?? error}
        rightSection={
          <Popover.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={uiText(locale, 'date.openCalendar', { field: label })}
              aria-haspopup="dialog" aria-expanded={opened} aria-controls={opened ? calendarId : undefined}
              onClick={() => setOpened((o) => !o)} disabled={disabled || readOnly}>
              <IconCalendar size={16} aria-hidden />
            </ActionIcon>
          </Popover.Target>
        }
      />
      <Popover.Dropdown ref={dropdown} id={calendarId} role="dialog" aria-label={uiText(locale, 'date.calendar', { field: label })}>
        <DatePicker
          locale={locale}
          firstDayOfWeek={1}
          value={parseTypedDate(text)}
          date={month}
          onDateChange={setMonth}
          onChange={picked}
          // Weekends in the text colour, and no pale days of the neighbouring months: every day reads at 4.5:1.
          weekendDays={[]}
          hideOutsideDates
          ariaLabels={{
            previousMonth: uiText(locale, 'date.previousMonth'), nextMonth: uiText(locale, 'date.nextMonth'),
            previousYear: uiText(locale, 'date.previousYear'), nextYear: uiText(locale, 'date.nextYear'),
            previousDecade: uiText(locale, 'date.previousDecade'), nextDecade: uiText(locale, 'date.nextDecade'),
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
