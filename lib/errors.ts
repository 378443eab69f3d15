export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT" | "RATE_LIMITED";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "U bent niet ingelogd. Log in en probeer het opnieuw.",
  FORBIDDEN: "U heeft geen toegang tot deze gegevens.",
  NOT_FOUND: "U heeft geen toegang tot deze gegevens.",
  INVALID_INPUT: "Controleer de gegevens in het formulier.",
  CONFLICT: "Dit is intussen door iemand anders gewijzigd. Vernieuw de pagina en probeer het opnieuw.",
  RATE_LIMITED: "Te veel pogingen. Wacht even en probeer het later opnieuw.",
};

/** Errors the user may see. Anything else is shown as a generic Dutch sentence. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;

  constructor(code: AppErrorCode, options: { userMessage?: string; cause?: unknown } = {}) {
    super(options.userMessage ?? DEFAULT_MESSAGES[code], { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage ?? DEFAULT_MESSAGES[code];
  }
}

export const GENERIC_ERROR_MESSAGE = "Er ging iets mis aan onze kant. Probeer het later opnieuw.";

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
