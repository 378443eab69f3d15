import { gatePortalLayout } from "@/lib/auth/portal-gate";

/** Redirect-only gate; the real checks live in every action and data query. */
export default async function ProfessionalLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/professional");
  return children;
}
