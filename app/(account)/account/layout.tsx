import { gatePortalLayout } from "@/lib/auth/portal-gate";

/** Redirect-only gate for the own-account pages of every role; the real checks live in every action and query. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/account");
  return children;
}
