import { Alert } from "@/components/ui";
import { EMAIL_LINK_INVALID_MESSAGE } from "@/lib/email-verification/messages";

/** The one answer for an unknown, malformed, expired or used link. */
export function InvalidEmailLink() {
  return (
    <Alert tone="error" title="Deze link werkt niet">
      <p>{EMAIL_LINK_INVALID_MESSAGE}</p>
    </Alert>
  );
}
