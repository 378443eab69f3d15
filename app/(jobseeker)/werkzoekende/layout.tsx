import { gatePortalLayout } from "@/lib/auth/portal-gate";

/** Redirect-only gate; the real checks live in every action and data query. */
export default async function JobseekerLayout({ children }: { children: React.ReactNode }) {
  await gatePortalLayout("/werkzoekende");
  return children;
}
