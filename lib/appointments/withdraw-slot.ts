import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { withdrawSlotSchema } from "./schemas";

/** The accountmanager takes back one of their own FREE slots; a booked slot needs a cancellation first. */
export async function withdrawSlot({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "slot.publish", { userId: actor.userId });
  const parsed = withdrawSlotSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { slotId } = parsed.data;

  const { count } = await prisma.appointmentSlot.updateMany({
    where: { id: slotId, accountManagerId: actor.userId, status: "FREE" },
    data: { status: "WITHDRAWN" },
  });
  if (count === 1) return { id: slotId };

  const own = await prisma.appointmentSlot.findFirst({ where: { id: slotId, accountManagerId: actor.userId }, select: { status: true } });
  if (own?.status === "BOOKED") {
    throw new AppError("CONFLICT", { userMessage: "Dit tijdslot is geboekt. Zeg eerst de afspraak af." });
  }
  throw new AppError("NOT_FOUND");
}
