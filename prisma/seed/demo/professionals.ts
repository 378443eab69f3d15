/** Demo professionals: accountmanagers, bemiddelaars, regional staff and the admin. */
import type { Role } from "../../../generated/prisma/enums";
import type { Prisma } from "../../../generated/prisma/client";
import { ACCOUNT_MANAGERS, ADMIN, JOB_MEDIATORS, STAFF, type ProfessionalSpec } from "./catalog";
import { partnerId, type DemoContext, type DemoUser } from "./context";
import { emailLocalPart } from "./names";

export const DEMO_EMAIL_DOMAIN = "demo.werkcentrum.nl";

export async function seedProfessionals(ctx: DemoContext): Promise<void> {
  const { random } = ctx;
  const rows: Prisma.UserCreateManyInput[] = [];
  const workAreaRows: Prisma.UserWorkAreaCreateManyInput[] = [];

  const add = (spec: ProfessionalSpec, role: Role): DemoUser => {
    const id = random.id();
    const name = `${spec.firstName} ${spec.lastName}`;
    const email = spec.email ?? `${emailLocalPart(spec.firstName, spec.lastName)}@${DEMO_EMAIL_DOMAIN}`;
    const workAreaIds = spec.workAreas.map((area) => {
      const areaId = ctx.ref.workAreaIdByName.get(area);
      if (!areaId) throw new Error(`work area "${area}" missing`);
      return areaId;
    });
    rows.push({
      id,
      email,
      passwordHash: ctx.passwordHash,
      name,
      role,
      phone: `06 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      jobTitle: spec.jobTitle,
      focusAreas: [...spec.focusAreas],
      partnerOrganisationId: partnerId(ctx, spec.partner),
      createdAt: ctx.clock.daysAgo(random.int(400, 700)),
    });
    for (const workAreaId of workAreaIds) workAreaRows.push({ userId: id, workAreaId });
    const demoUser: DemoUser = { id, key: spec.key, name, email, role, partnerCode: spec.partner, workAreaIds };
    ctx.users.set(spec.key, demoUser);
    return demoUser;
  };

  ctx.accountManagers = ACCOUNT_MANAGERS.map((spec) => add(spec, "ACCOUNT_MANAGER"));
  ctx.jobMediators = JOB_MEDIATORS.map((spec) => add(spec, "JOB_MEDIATOR"));
  add(STAFF, "REGIONAL_STAFF");
  add(ADMIN, "ADMIN");

  await ctx.db.user.createMany({ data: rows });
  await ctx.db.userWorkArea.createMany({ data: workAreaRows });
}
