import type { Metadata } from "next";
import { findUsableInvitation } from "@/lib/users/find-usable-invitation";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";
import { InvalidInvitationLink } from "./_components/invalid-invitation-link";

export const metadata: Metadata = { title: "Wachtwoord kiezen", referrer: "no-referrer" };

/** O1: the invited professional chooses a first password with the link from the mail. */
export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await findUsableInvitation(token);
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">Wachtwoord kiezen</h1>
      {usable ? (
        <>
          <p className="mb-6">Welkom bij het portaal van het Werkcentrum. Kies een wachtwoord; daarna logt u in met uw e-mailadres en dit wachtwoord.</p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <InvalidInvitationLink />
      )}
    </div>
  );
}
