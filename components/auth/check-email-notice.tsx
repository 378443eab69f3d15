import Link from "next/link";
import { Alert } from "@/components/ui";

/**
 * The one answer of a public registration, for a new address and one that already has an account alike
 * (finding 15.3): the next step is in the mailbox either way.
 */
export function CheckEmailNotice({ signInPath }: { signInPath: string }) {
  return (
    <div role="status">
      <Alert tone="success" title="Controleer uw e-mail">
        <p>Wij hebben een e-mail gestuurd naar het adres dat u opgaf. Open de link in die e-mail om verder te gaan.</p>
        <p className="mt-2">
          Daarna kunt u <Link href={signInPath}>inloggen</Link> met uw e-mailadres en wachtwoord.
        </p>
        <p className="mt-2">Geen e-mail gezien? Kijk ook bij uw ongewenste e-mail, of probeer het over een paar minuten opnieuw.</p>
      </Alert>
    </div>
  );
}
