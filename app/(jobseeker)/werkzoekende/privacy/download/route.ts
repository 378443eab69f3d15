import { getActor } from "@/lib/auth/session";
import { ownDataDownloadResponse } from "@/lib/privacy/own-data-download-response";

export const dynamic = "force-dynamic";

/** "Mijn gegevens downloaden" (J6): the resident's own data as a JSON attachment; 404 for anyone else. */
export async function GET() {
  return ownDataDownloadResponse({ actor: await getActor() });
}
