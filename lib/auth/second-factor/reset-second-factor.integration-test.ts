import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { actorFor } from "@/tests/factories/questions";
import { enableSecondFactor } from "@/tests/factories/second-factor";
import { createUser } from "@/tests/factories/users";
import { getUserSecondFactor } from "./get-user-second-factor";
import { resetSecondFactor } from "./reset-second-factor";

const code = (error: unknown) => (error instanceof AppError ? error.code : error);

describe("the ADMIN's second-factor reset (domain functions)", () => {
  it("refuses every other role, also when called directly", async () => {
    const target = await createUser({ role: "ACCOUNT_MANAGER" });
    await enableSecondFactor(target.id);
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      expect(code(await resetSecondFactor({ actor, input: { userId: target.id, confirm: true } }).catch((e: unknown) => e)), role).toBe("FORBIDDEN");
      expect(code(await getUserSecondFactor({ actor, userId: target.id }).catch((e: unknown) => e)), role).toBe("FORBIDDEN");
    }
  });

  it("answers an unknown or malformed user id with NOT_FOUND, and shows the state of a known one", async () => {
    const actor = actorFor(await createUser({ role: "ADMIN" }));
    for (const userId of ["bestaat-niet", "", "x".repeat(500), "../../etc"]) {
      expect(code(await getUserSecondFactor({ actor, userId }).catch((e: unknown) => e)), userId).toBe("NOT_FOUND");
    }
    expect(code(await resetSecondFactor({ actor, input: { userId: "bestaat-niet", confirm: true } }).catch((e: unknown) => e))).toBe("NOT_FOUND");
    const target = await createUser({ role: "JOB_MEDIATOR", name: "Bo Bemiddelaar" });
    expect(await getUserSecondFactor({ actor, userId: target.id })).toMatchObject({ name: "Bo Bemiddelaar", enabledAt: null, required: true, recoveryCodesLeft: 0 });
    await enableSecondFactor(target.id);
    expect(await getUserSecondFactor({ actor, userId: target.id })).toMatchObject({ recoveryCodesLeft: 10 });
  });
});
