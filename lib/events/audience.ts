import type { EventAudience, Role } from "@/generated/prisma/enums";

/** May an account of this role register for an event with this audience? */
export function audienceFits(audience: EventAudience, role: Role): boolean {
  if (role === "EMPLOYER") return audience === "EMPLOYERS" || audience === "BOTH";
  if (role === "JOBSEEKER") return audience === "RESIDENTS" || audience === "BOTH";
  return false;
}
