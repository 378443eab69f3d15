import type { ContactChannel } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { uniqueSuffix } from "./users";

type ContactMomentOptions = {
  organisationId: string;
  authorId: string;
  contactDate?: Date;
  channel?: ContactChannel;
  topic?: string;
  followUpPromise?: string | null;
  followUpDueDate?: Date | null;
  followUpDoneAt?: Date | null;
  isDoubleApproach?: boolean;
};

/** "2026-03-18" → a @db.Date value. */
export const dbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A contact moment written straight to the database (no notification, no double-approach logic). */
export async function createContactMoment(options: ContactMomentOptions) {
  return prisma.contactMoment.create({
    data: {
      organisationId: options.organisationId,
      authorId: options.authorId,
      contactDate: options.contactDate ?? dbDate("2026-01-15"),
      channel: options.channel ?? "PHONE",
      topic: options.topic ?? `Onderwerp ${uniqueSuffix()}`,
      summary: "Kort gesprek over de personeelsbehoefte.",
      followUpPromise: options.followUpPromise ?? null,
      followUpDueDate: options.followUpDueDate ?? null,
      followUpDoneAt: options.followUpDoneAt ?? null,
      isDoubleApproach: options.isDoubleApproach ?? false,
    },
  });
}
