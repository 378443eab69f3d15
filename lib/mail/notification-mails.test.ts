import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { NOTIFICATION_CATALOGUE } from "@/lib/notifications/notification-catalogue";
import { NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";
import { NOTIFICATION_MAILS, notificationMailContent } from "./notification-mails";
import { renderMail } from "./render-mail";

const BASE = "https://portaal.example.nl";

describe("the mail of every notification kind (decision 020)", () => {
  it("exists for every kind and every recipient role, in Dutch, with one link into the portal page of that role", () => {
    expect(Object.keys(NOTIFICATION_MAILS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const kind of NOTIFICATION_KINDS) {
      for (const [role, path] of Object.entries(NOTIFICATION_CATALOGUE[kind].recipients) as [Role, string][]) {
        const content = notificationMailContent(kind, role);
        expect(content.subject.length, `${kind} ${role}`).toBeGreaterThan(5);
        expect(content.paragraphs.length, `${kind} ${role}`).toBeGreaterThan(0);
        expect(content.action?.path, `${kind} ${role}`).toBe(path);
        const mail = renderMail(content, BASE);
        expect(mail.text, `${kind} ${role}`).toContain(`${content.action?.label}: ${BASE}${path}`);
        expect(mail.text.match(/https?:\/\//g), `${kind} ${role}: one link`).toHaveLength(1);
        expect(mail.html, `${kind} ${role}`).toContain('<html lang="nl">');
      }
    }
  });

  it("only says that something is waiting: no placeholders, no names, the same text whatever the notification said", () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const role of Object.keys(NOTIFICATION_CATALOGUE[kind].recipients) as Role[]) {
        const { subject, text } = renderMail(notificationMailContent(kind, role), BASE);
        expect(`${subject}\n${text}`, `${kind} ${role}`).not.toMatch(/\$\{|\{\{|undefined|null|@/);
      }
    }
  });

  it("speaks to a resident as a resident where the event reads differently for them", () => {
    expect(notificationMailContent("handover.requested", "JOB_MEDIATOR").subject).toBe("Een warme overdracht wacht op uw team");
    expect(notificationMailContent("handover.requested", "JOBSEEKER").subject).toBe("U wordt verder geholpen door een andere organisatie");
    expect(notificationMailContent("handover.requested", "JOBSEEKER").action?.path).toBe("/werkzoekende");
    expect(notificationMailContent("proposal.shared", "EMPLOYER").action?.path).toBe("/werkgever/voordrachten");
  });

  it("falls back to the role's notifications page for a role the catalogue does not list", () => {
    expect(notificationMailContent("question.answered", "JOBSEEKER").action?.path).toBe("/werkzoekende/meldingen");
  });
});
