import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createProfessionalAccount } from "@/lib/users/create-professional-account";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { newInvitationToken } from "@/lib/users/invitation-token";
import { PASSWORD_TOO_SHORT_MESSAGE } from "@/lib/auth/password-policy";
import { INVITATION_LINK_INVALID_MESSAGE } from "@/lib/users/messages";
import { createAdmin, invitationTokenFromMail, newAccountInput } from "@/tests/factories/user-accounts";

// The public action reads the client IP from the request headers, as behind one trusted reverse proxy.
const request = vi.hoisted(() => ({ ip: "203.0.113.1" }));
vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.ip }) }));
const { acceptInvitationAction } = await import("./actions");

describe("the public invitation action", () => {
  it("validates in Dutch, limits attempts per client IP, and sets the password of the link's own account", async () => {
    const { actor } = await createAdmin();
    const input = newAccountInput();
    await createProfessionalAccount({ actor, input });
    const token = await invitationTokenFromMail(input.email);

    const short = await acceptInvitationAction({ token, password: "kort" });
    expect(short?.validationErrors?.fieldErrors?.password?.[0]).toBe(PASSWORD_TOO_SHORT_MESSAGE);
    const malformed = await acceptInvitationAction({ token: "abc", password: "Mijn-eerste-wachtwoord-2026" });
    expect(malformed?.validationErrors?.fieldErrors?.token).toEqual([INVITATION_LINK_INVALID_MESSAGE]);

    request.ip = "203.0.113.66";
    for (let i = 0; i < THROTTLE.invitationClient.max; i += 1) {
      expect((await acceptInvitationAction({ token: newInvitationToken(), password: "Mijn-eerste-wachtwoord-2026" }))?.data).toEqual({ outcome: "invalidToken" });
    }
    expect((await acceptInvitationAction({ token, password: "Mijn-eerste-wachtwoord-2026" }))?.data).toEqual({ outcome: "throttled" });

    request.ip = "203.0.113.67";
    expect((await acceptInvitationAction({ token, password: "Mijn-eerste-wachtwoord-2026" }))?.data).toEqual({ outcome: "accepted" });
    expect((await acceptInvitationAction({ token, password: "Mijn-eerste-wachtwoord-2026" }))?.data).toEqual({ outcome: "invalidToken" });
    expect((await prisma.user.findUniqueOrThrow({ where: { email: input.email } })).passwordHash).toMatch(/^\$argon2/);
  });
});
