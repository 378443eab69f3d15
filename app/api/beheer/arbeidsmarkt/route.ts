import { getActor } from "@/lib/auth/session";
import { csvUploadResponse } from "@/lib/labour-market/csv-upload-response";

export const dynamic = "force-dynamic";

/** Upload the labour-market CSV (ADMIN): the raw bytes as the body, at most 1 MB; answers the pending upload's id or the file's errors. */
export async function POST(request: Request) {
  return csvUploadResponse({ request, actor: await getActor() });
}
