// A billing period ('YYYY-MM') as a short month label for the chart's axis.
export function periodLabel(period: string, language: 'es' | 'en'): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date);
}
