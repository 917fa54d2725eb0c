// The agency's answer to a record, explained (docs/verifactu.md, "Sending"): what it means and what to do.
export type RecordAnswerCode = 'RECORD_REJECTED' | 'RECORD_ACCEPTED_WITH_ERRORS' | 'RECORD_NOT_REJECTED';

export type AgencyAnswer = 'ACCEPTED' | 'ACCEPTED_WITH_ERRORS' | 'REJECTED';

/** The code explaining an answer, or null when there is nothing to do. */
export function answerCode(answer: AgencyAnswer): RecordAnswerCode | null {
  return answer === 'REJECTED' ? 'RECORD_REJECTED' : answer === 'ACCEPTED_WITH_ERRORS' ? 'RECORD_ACCEPTED_WITH_ERRORS' : null;
}
