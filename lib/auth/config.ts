import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { logger } from "@/lib/logger";
import { authorizeCredentials } from "./authorize-credentials";
import { clientAddressFrom } from "@/lib/security/throttle/client-address";
import type { CredentialsFailure } from "./authorize-credentials";
import {
  SECOND_FACTOR_INVALID_CODE,
  SECOND_FACTOR_REQUIRED_CODE,
  SECOND_FACTOR_THROTTLED_CODE,
  TOO_MANY_ATTEMPTS_CODE,
} from "./login-messages";
import { revokeUserSession } from "./revoke-user-session";
import { authSecret } from "./secret";
import { SESSION_IDLE_SECONDS } from "./session-lifetime";
import { startUserSession } from "./start-user-session";

/** The refusals the form must tell apart; the others are all "CredentialsSignin" (no hint which part was wrong). */
const THROWN_CODES: Partial<Record<CredentialsFailure, string>> = {
  TOO_MANY_ATTEMPTS: TOO_MANY_ATTEMPTS_CODE,
  SECOND_FACTOR_REQUIRED: SECOND_FACTOR_REQUIRED_CODE,
  SECOND_FACTOR_INVALID: SECOND_FACTOR_INVALID_CODE,
  SECOND_FACTOR_THROTTLED: SECOND_FACTOR_THROTTLED_CODE,
};

/** The credentials provider's authorize step; exported so tests can call it without HTTP. */
export async function authorizeLogin(
  credentials: Record<string, string> | undefined,
  req: { headers?: Record<string, string | string[] | undefined> },
) {
  const result = await authorizeCredentials({
    email: credentials?.email,
    password: credentials?.password,
    code: credentials?.code || undefined,
    clientAddress: clientAddressFrom(req.headers),
  });
  if (result.ok) return result.user;
  // next-auth passes a thrown message to the client as the error code; `null` becomes "CredentialsSignin".
  const thrown = THROWN_CODES[result.reason];
  if (thrown) throw new Error(thrown);
  return null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  // Providers are configuration: an OIDC provider (e.g. a DigiD/eHerkenning broker) can be added
  // here from environment settings ({ id: "oidc", type: "oauth", wellKnown, clientId, clientSecret,
  // idToken: true, checks: ["pkce", "state"] }). Its `profile()` must map to an existing User and
  // return { id, name, role, sessionVersion }, so the jwt callback below stays the same.
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mailadres en wachtwoord",
      credentials: {
        email: { label: "E-mailadres", type: "email" },
        password: { label: "Wachtwoord", type: "password" },
        code: { label: "Code uit uw authenticator-app of herstelcode", type: "text" },
      },
      authorize: authorizeLogin,
    }),
  ],
  callbacks: {
    // The token only identifies the user and the session: id, role, sessionVersion and the id of the
    // server-side session row that is created here, at sign-in, and revoked at logout.
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sessionId = await startUserSession(user.id, { mustEnrolSecondFactor: user.mustEnrolSecondFactor === true });
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        userId: token.userId,
        role: token.role,
        sessionVersion: token.sessionVersion,
        sessionId: token.sessionId,
      };
    },
  },
  events: {
    // In JWT mode next-auth hands over the token being cleared: logging out ends exactly this session.
    async signOut({ token }) {
      if (token?.sessionId) await revokeUserSession(token.sessionId);
    },
  },
  // next-auth's own logger may print request details; log only the code.
  logger: {
    error(code) {
      logger.error({ code }, "next-auth error");
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
};
