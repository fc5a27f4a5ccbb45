import type { FormValues } from './submission.js';

/** Detail of `clinic-submit`: the values about to be sent (the honeypot left out). */
export interface ClinicSubmitDetail {
  data: FormValues;
}

/** Detail of `clinic-submit-success`: the HTTP status (0 when nothing was sent: no `action`) and the parsed answer. */
export interface ClinicSubmitSuccessDetail {
  status: number;
  body: unknown;
}

/** Detail of `clinic-submit-error`: the HTTP status when the server answered, and the message shown. */
export interface ClinicSubmitErrorDetail {
  status?: number;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'clinic-submit': CustomEvent<ClinicSubmitDetail>;
    'clinic-submit-success': CustomEvent<ClinicSubmitSuccessDetail>;
    'clinic-submit-error': CustomEvent<ClinicSubmitErrorDetail>;
  }
}
