import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { WRONG_CURRENT_PASSWORD_MESSAGE } from "@/lib/account/messages";
import { ROLES } from "@/lib/auth/permissions";
import { actorFor } from "@/tests/factories/questions";
import { createUser, TEST_PASSWORD, uniqueSuffix } from "@/tests/factories/users";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { changeEmailAction } = await import("./actions");
const input = (currentPassword = TEST_PASSWORD) => ({ newEmail: `nieuw-${uniqueSuffix()}@example.nl`, currentPassword });

describe("changeEmailAction", () => {
  it("refuses without a login", async () => {
    session.actor = null;
    expect((await changeEmailAction(input()))?.serverError).toMatch(/niet ingelogd/);
  });

  it("answers a wrong current password and a bad address at their fields", async () => {
    session.actor = actorFor(await createUser());
    expect((await changeEmailAction(input("fout-fout-fout")))?.validationErrors?.fieldErrors).toEqual({ currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] });
    expect((await changeEmailAction({ newEmail: "geen-adres", currentPassword: TEST_PASSWORD }))?.validationErrors?.fieldErrors?.newEmail).toBeTruthy();
  });

  it.each(ROLES)("lets %s ask for a new address", async (role) => {
    session.actor = actorFor(await createUser({ role }));
    expect(await changeEmailAction(input())).toEqual({ data: { requested: true } });
  });
});
