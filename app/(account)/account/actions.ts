"use server";

import { endOwnSessions } from "@/lib/auth/end-own-sessions";
import { actionClientFor } from "@/lib/safe-action";

/** "Uitloggen op alle apparaten": ends every session of the caller, this one included. */
export const endAllOwnSessionsAction = actionClientFor("session.endAll").action(async ({ ctx }) => endOwnSessions({ actor: ctx.actor }));
