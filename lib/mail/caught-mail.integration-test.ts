import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { enqueueMail } from "./enqueue-mail";
import { listCaughtMail } from "./list-caught-mail";
import { startMailCatcher, type RunningMailCatcher } from "./mail-catcher";
import { renderMail } from "./render-mail";
import { sendOutbox } from "./send-outbox";
import { storeCaughtMail } from "./store-caught-mail";

let catcher: RunningMailCatcher;
let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // As `npm start` runs it in demo mode: caught mail goes into the CaughtMail table.
  catcher = await startMailCatcher({ onMail: (message) => storeCaughtMail(db, message) });
});

afterAll(async () => {
  await catcher.close();
  await db.end();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the demo mailbox (/beheer/e-mail)", () => {
  it("shows an administrator the mail the local catcher received, decoded", async () => {
    vi.stubEnv("MAIL_CATCHER", "on");
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${catcher.port}`);
    vi.stubEnv("MAIL_FROM", "Werkcentrum Gooi en Vechtstreek <noreply@werkcentrum.test>");
    const mail = renderMail(
      { subject: "Uitnodiging: stel uw wachtwoord in", paragraphs: ["U bent uitgenodigd voor het portaal van het Werkcentrum. Één link, één keer te gebruiken."], action: { label: "Wachtwoord instellen", path: "/wachtwoord-instellen?token=abc" } },
      "http://localhost:3000",
    );
    await prisma.$transaction((tx) => enqueueMail(tx, { dedupeKey: "caught:1", kind: "invitation", to: "nieuwe.collega@werkcentrum.test", mail }));
    expect(await sendOutbox(new Date(Date.now() + 1000))).toMatchObject({ sent: 1 });

    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const caught = await listCaughtMail({ actor: admin });
    expect(caught).toHaveLength(1);
    expect(caught[0]).toMatchObject({ envelopeTo: ["nieuwe.collega@werkcentrum.test"], subject: "Uitnodiging: stel uw wachtwoord in" });
    expect(caught[0]?.textBody).toContain("Één link, één keer te gebruiken.");
    expect(caught[0]?.textBody).toContain("Wachtwoord instellen: http://localhost:3000/wachtwoord-instellen?token=abc");
  });

  it("refuses every other role", async () => {
    vi.stubEnv("MAIL_CATCHER", "on");
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(listCaughtMail({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("does not exist where no catcher runs, not even for an administrator", async () => {
    vi.stubEnv("MAIL_CATCHER", "");
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const refusal = await listCaughtMail({ actor: admin }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "NOT_FOUND" });
  });
});
