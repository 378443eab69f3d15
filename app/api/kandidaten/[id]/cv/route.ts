import { getActor } from "@/lib/auth/session";
import { cvDownloadResponse, cvUploadResponse } from "@/lib/candidate-profile/cv-responses";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Download a candidate's CV (PDF attachment); 404 unless the caller may see it. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  return cvDownloadResponse({ actor: await getActor(), candidateId: id });
}

/** Upload (replace) a candidate's CV: the raw PDF bytes as the body, the file name in a header. */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  return cvUploadResponse({ request, actor: await getActor(), candidateId: id });
}
