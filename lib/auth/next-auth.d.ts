import type { Role } from "@/generated/prisma/enums";

// Module augmentation needs `interface`. The token only identifies the user; role and everything
// else is read fresh from the database by getActor().
declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    /** Set at sign-in for a professional without a second factor; recorded on the session row, not in the token. */
    mustEnrolSecondFactor?: boolean;
  }
  interface Session {
    userId?: string;
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    role?: Role;
    sessionVersion?: number;
    /** The UserSession row this token belongs to; logging out revokes it. */
    sessionId?: string;
  }
}
