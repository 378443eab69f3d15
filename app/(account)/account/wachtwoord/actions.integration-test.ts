import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { WRONG_CURRENT_PASSWORD_MESSAGE } from "@/lib/account/messages";
import { PASSWORD_TOO_SHORT_MESSAGE } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";
import { actorFor } from "@/tests/factories/questions";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { changePasswordAction } = await import("./actions");
const NEW_PASSWORD = "Nieuw-wachtwoord-Gooi-2026";

describe("changePasswordAction", () => {
  it("refuses without a login", async () => {
    session.actor = null;
    expect((await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }))?.serverError).toMatch(/niet ingelogd/);
  });

  it("answers a wrong current password and a weak new one at their fields", async () => {
    session.actor = actorFor(await createUser());
    expect((await changePasswordAction({ currentPassword: "fout-fout-fout", newPassword: NEW_PASSWORD }))?.validationErrors?.fieldErrors).toEqual({
      currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE],
    });
    expect((await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "kort" }))?.validationErrors?.fieldErrors?.newPassword?.[0]).toBe(
      PASSWORD_TOO_SHORT_MESSAGE,
    );
  });

  it.each(ROLES)("lets %s change their own password", async (role) => {
    session.actor = actorFor(await createUser({ role }));
    expect(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).toEqual({ data: { changed: true } });
  });
});
