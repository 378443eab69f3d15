import { Alert } from "@/components/ui";
import { INVITATION_LINK_INVALID_MESSAGE } from "@/lib/users/messages";

/** The one answer for an unknown, malformed, expired, used or revoked invitation link. */
export function InvalidInvitationLink() {
  return (
    <Alert tone="error" title="Deze uitnodiging werkt niet">
      <p>{INVITATION_LINK_INVALID_MESSAGE}</p>
    </Alert>
  );
}
