"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { CodeForm, type CodeActionResult } from "./code-form";
import { RecoveryCodes } from "./recovery-codes";

type CodeAction<T> = (input: { code: string }) => Promise<CodeActionResult<T>>;

const CURRENT_CODE_HINT = "De 6 cijfers die uw app nu toont, of een herstelcode die u nog niet gebruikte.";

/** With the second factor on: new recovery codes, and (employers and residents only) turning it off. */
export function SecondFactorSettings({
  regenerateAction,
  turnOffAction,
}: {
  regenerateAction: CodeAction<{ recoveryCodes: string[] }>;
  turnOffAction?: CodeAction<{ turnedOff: true }>;
}) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  return (
    <>
      <section aria-labelledby="nieuwe-herstelcodes" className="mb-10">
        <h2 id="nieuwe-herstelcodes" className="mb-2 text-2xl font-bold">
          Nieuwe herstelcodes
        </h2>
        {recoveryCodes ? (
          <div role="status">
            <p className="mb-4 font-semibold">Uw oude herstelcodes werken niet meer. U bent op uw andere apparaten uitgelogd.</p>
            <RecoveryCodes codes={recoveryCodes} />
          </div>
        ) : (
          <>
            <p className="mb-4">
              Codes kwijt of bijna op? Maak tien nieuwe. De oude werken daarna niet meer, en u wordt op uw andere apparaten uitgelogd.
            </p>
            <CodeForm
              id="regenerate-code"
              label="Huidige code"
              hint={CURRENT_CODE_HINT}
              submitLabel="Nieuwe herstelcodes maken"
              autoComplete="off"
              action={regenerateAction}
              onSuccess={(data) => setRecoveryCodes(data.recoveryCodes)}
            />
          </>
        )}
      </section>
      {turnOffAction ? (
        <section aria-labelledby="uitzetten" className="mb-10">
          <h2 id="uitzetten" className="mb-2 text-2xl font-bold">
            Tweestapsverificatie uitzetten
          </h2>
          <p className="mb-4">
            Daarna logt u in met alleen uw wachtwoord. Uw herstelcodes vervallen en u wordt overal uitgelogd, ook hier.
          </p>
          <CodeForm
            id="turn-off-code"
            label="Huidige code"
            hint={CURRENT_CODE_HINT}
            submitLabel="Tweestapsverificatie uitzetten"
            autoComplete="off"
            action={turnOffAction}
            onSuccess={() => signOut({ callbackUrl: "/inloggen" })}
          />
        </section>
      ) : null}
    </>
  );
}
