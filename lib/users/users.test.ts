import { describe, expect, it } from "vitest";
import { hashPassword, isUsablePasswordHash, NO_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { invitationMail } from "./invitation-mail";
import { INVITATION_LIFETIME_MS, isWellFormedInvitationToken, newInvitationToken } from "./invitation-token";
import { acceptInvitationSchema, createProfessionalAccountSchema, parseUserSearch, userSearchHref } from "./schemas";
import { userStatusOf } from "./user-status";

describe("an account without a password", () => {
  it("never matches any password, and only argon2 hashes count as a password", async () => {
    expect(isUsablePasswordHash(NO_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword(NO_PASSWORD_HASH, NO_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword("", "")).toBe(false);
    const hash = await hashPassword("Een-goed-wachtwoord-1");
    expect(isUsablePasswordHash(hash)).toBe(true);
    expect(await verifyPassword(hash, "Een-goed-wachtwoord-1")).toBe(true);
  });

  it("has the status uitgenodigd until it has one; blocked wins", () => {
    expect(userStatusOf({ disabledAt: null, passwordHash: NO_PASSWORD_HASH })).toBe("uitgenodigd");
    expect(userStatusOf({ disabledAt: null, passwordHash: "$argon2id$v=19$..." })).toBe("actief");
    expect(userStatusOf({ disabledAt: new Date(), passwordHash: NO_PASSWORD_HASH })).toBe("geblokkeerd");
  });
});

describe("invitations", () => {
  it("last 72 hours and use a 43-character random token", () => {
    expect(INVITATION_LIFETIME_MS).toBe(72 * 3600 * 1000);
    expect(isWellFormedInvitationToken(newInvitationToken())).toBe(true);
    for (const value of ["", "abc", "../../x", `${newInvitationToken()}x`, null, 7]) expect(isWellFormedInvitationToken(value)).toBe(false);
  });

  it("mail only the link into the portal, in Dutch", () => {
    const token = newInvitationToken();
    const mail = invitationMail(token, "https://portaal.example.nl");
    expect(mail.subject).toBe("Uw account voor het portaal van het Werkcentrum");
    expect(mail.text).toContain(`https://portaal.example.nl/uitnodiging/${token}`);
    expect(mail.html).toContain(`href="https://portaal.example.nl/uitnodiging/${token}"`);
    expect(mail.text).toContain("72 uur");
    expect(mail.text).not.toContain("@");
  });

  it("apply the password policy with the same messages as the reset page", async () => {
    const token = newInvitationToken();
    const messages = async (password: string) => {
      const result = await acceptInvitationSchema.safeParseAsync({ token, password });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(await messages("kort")).toContain("Kies een wachtwoord van minimaal 12 tekens.");
    expect(await messages("password1234")).toEqual(["Dit wachtwoord is te bekend; kies een ander."]);
    expect(await messages("Mijn-eerste-wachtwoord-2026")).toEqual([]);
  });
});

describe("the account form", () => {
  const valid = {
    name: "Sanne Visser",
    email: "sanne@werkcentrum.nl",
    role: "JOB_MEDIATOR",
    partnerOrganisationId: "",
    workAreaIds: ["a", "a", "b"],
    focusAreas: [],
    phone: "",
    submissionKey: "6f9619ff-8b86-4011-b42d-00c04fc964ff",
  };

  it("accepts the professional roles only and tidies the input", () => {
    expect(createProfessionalAccountSchema.parse(valid)).toMatchObject({ partnerOrganisationId: null, workAreaIds: ["a", "b"] });
    for (const role of ["EMPLOYER", "JOBSEEKER", "", "admin"]) {
      expect(createProfessionalAccountSchema.safeParse({ ...valid, role }).error?.issues[0]?.message).toBe("Kies een rol uit de lijst.");
    }
  });
});

describe("the list's query string", () => {
  it("drops what is not valid and keeps what is, so a hand-edited URL never fails", () => {
    expect(parseUserSearch({ q: "  jan ", rol: "ADMIN", status: "uitgenodigd", login: "nooit", partner: "p1", page: "2" })).toEqual({
      q: "jan",
      rol: "ADMIN",
      status: "uitgenodigd",
      login: "nooit",
      partner: "p1",
      page: 2,
    });
    expect(parseUserSearch({ rol: "EMPLOYER", status: "weg", login: "ooit", partner: "<x>", page: "nul" })).toEqual({
      q: undefined,
      rol: undefined,
      status: undefined,
      login: undefined,
      partner: undefined,
      page: 1,
    });
  });

  it("builds page links that keep the filters", () => {
    expect(userSearchHref(parseUserSearch({ q: "jan de", rol: "ADMIN" }), 3)).toBe("/beheer/gebruikers?q=jan+de&rol=ADMIN&page=3");
    expect(userSearchHref(parseUserSearch({}), 1)).toBe("/beheer/gebruikers");
  });
});
