"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui";
import { CodeForm, type CodeActionResult } from "./code-form";
import { RecoveryCodes } from "./recovery-codes";

type Props = {
  qrSvg: string;
  groupedSecret: string;
  action: (input: { code: string }) => Promise<CodeActionResult<{ recoveryCodes: string[] }>>;
  /** Where "Verder" goes after the recovery codes (a full page load, so every screen sees the new state). */
  continueHref: string;
  continueLabel: string;
};

/** Turning the second factor on: scan the QR code (or type the key), confirm a code, then see the recovery codes once. */
export function EnrolmentSection({ qrSvg, groupedSecret, action, continueHref, continueLabel }: Props) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) {
    return (
      <div role="status">
        <p className="mb-4 text-xl font-semibold">Tweestapsverificatie staat aan.</p>
        <RecoveryCodes codes={recoveryCodes} />
        <a href={continueHref} className={buttonClasses("primary")}>
          {continueLabel}
        </a>
      </div>
    );
  }

  return (
    <ol className="list-none space-y-8 p-0">
      <li>
        <h2 className="mb-2 text-2xl font-bold">1. Installeer een authenticator-app</h2>
        <p>
          Bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP op uw telefoon. Heeft u er al een, dan kunt u die gebruiken.
        </p>
      </li>
      <li>
        <h2 className="mb-2 text-2xl font-bold">2. Scan de QR-code met de app</h2>
        <div
          role="img"
          aria-label="QR-code om het Werkcentrum toe te voegen aan uw authenticator-app"
          className="mb-4 w-56 max-w-full border-2 border-ink bg-white p-2"
          // Generated on the server by the qrcode package from the otpauth address: SVG shapes only, no script.
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="mb-1">Scannen lukt niet? Voer dan in de app deze sleutel in (tijdgebaseerd, 6 cijfers):</p>
        <dl>
          <dt className="font-semibold">Sleutel</dt>
          <dd className="ml-0 font-mono text-xl break-all" data-testid="totp-secret">
            {groupedSecret}
          </dd>
        </dl>
      </li>
      <li>
        <h2 className="mb-2 text-2xl font-bold">3. Vul de code uit de app in</h2>
        <CodeForm
          id="enrolment-code"
          label="Code uit uw authenticator-app"
          hint="De 6 cijfers die de app nu toont voor Werkcentrum Gooi en Vechtstreek."
          submitLabel="Tweestapsverificatie aanzetten"
          autoComplete="one-time-code"
          action={action}
          onSuccess={(data) => setRecoveryCodes(data.recoveryCodes)}
        />
      </li>
    </ol>
  );
}
