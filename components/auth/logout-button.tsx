"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/** Ends the session and returns to the home page (a full page load, so every screen forgets the user). */
export function LogoutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut({ callbackUrl: "/" });
      }}
      className="rounded border-2 border-current px-3 py-1 font-semibold underline-offset-2 hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-60"
    >
      Uitloggen
    </button>
  );
}
