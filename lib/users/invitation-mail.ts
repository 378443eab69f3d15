import "server-only";
import { renderMail } from "@/lib/mail/render-mail";

/** The invitation mail: the link and nothing else about the account (decision 015). */
export function invitationMail(token: string, baseUrl?: string) {
  return renderMail(
    {
      subject: "Uw account voor het portaal van het Werkcentrum",
      paragraphs: [
        "Er is een account voor u aangemaakt in het portaal van het Werkcentrum Gooi en Vechtstreek.",
        "Met de link hieronder kiest u uw wachtwoord. Daarna logt u in met dit e-mailadres. De link werkt 72 uur en maar één keer.",
        "Verwachtte u deze uitnodiging niet? Dan hoeft u niets te doen: zonder wachtwoord kan niemand het account gebruiken.",
      ],
      action: { label: "Kies uw wachtwoord", path: `/uitnodiging/${token}` },
    },
    baseUrl,
  );
}
