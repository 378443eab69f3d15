import { gatePortalLayout } from "@/lib/auth/portal-gate";

/** Redirect-only gate; the real checks live in every action and data query. */
export default async function EmployerLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/werkgever");
  return children;
}
