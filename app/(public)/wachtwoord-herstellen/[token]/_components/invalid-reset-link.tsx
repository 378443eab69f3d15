import Link from "next/link";
import { Alert } from "@/components/ui";
import { RESET_LINK_INVALID_MESSAGE } from "@/lib/password-reset/messages";

/** The one answer for an unknown, malformed, expired or used link. */
export function InvalidResetLink() {
  return (
    <Alert tone="error" title="Deze link werkt niet">
      <p>{RESET_LINK_INVALID_MESSAGE}</p>
      <p className="mt-2">
        <Link href="/wachtwoord-vergeten">Vraag een nieuwe link aan</Link>
      </p>
    </Alert>
  );
}
