import { z } from "zod";

export const STALE_FORM_MESSAGE = "Het formulier is verlopen. Vernieuw de pagina en probeer het opnieuw.";

/** The key a form gets when it is opened, so a double submit stores one record. */
export const submissionKeySchema = z.uuid({ error: STALE_FORM_MESSAGE });
