import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { readSessionClaims, resolveActor } from "@/lib/auth/resolve-actor";
import { startUserSession } from "@/lib/auth/start-user-session";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// "Uitloggen op alle apparaten" from the resident's profile, through the server action.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { endAllOwnSessionsAction } = await import("./actions");

describe("endAllOwnSessionsAction for a resident", () => {
  it("ends the resident's sessions on every device", async () => {
    const resident = await createUser({ role: "JOBSEEKER" });
    const devices = [await startUserSession(resident.id), await startUserSession(resident.id)];
    const claims = devices.map((sessionId) => readSessionClaims({ userId: resident.id, sessionVersion: 0, sessionId }));
    for (const device of claims) expect(await resolveActor(device)).not.toBeNull();

    session.actor = actorFor(resident);
    expect(await endAllOwnSessionsAction()).toEqual({ data: { ended: true } });

    for (const device of claims) expect(await resolveActor(device)).toBeNull();
  });
});
