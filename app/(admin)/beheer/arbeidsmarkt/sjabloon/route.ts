import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { csvResponse } from "@/lib/exports/csv";
import { getLabourMarketTemplate } from "@/lib/labour-market/get-labour-market-template";

export const dynamic = "force-dynamic";

/** The current labour-market figures as CSV: the template to edit and upload again (ADMIN). */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response("Log in om deze gegevens te downloaden.", { status: 401 });
  try {
    return csvResponse("arbeidsmarktcijfers", await getLabourMarketTemplate(actor));
  } catch (error) {
    if (isAppError(error)) return new Response(error.userMessage, { status: 403 });
    throw error;
  }
}
