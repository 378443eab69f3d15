import { safeReturnPath } from "@/lib/auth/safe-return-path";

/** Notification links are written by the server, but are only ever rendered as same-origin paths. */
export function safeNotificationLink(link: string | null | undefined): string | null {
  return link ? safeReturnPath(link) : null;
}
