import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getPlacement, type PlacementDetail } from "@/lib/placements/get-placement";

/** The placement for a page; outside the actor's scope the ordinary 404 page. */
export async function loadPlacementOr404(actor: Actor, placementId: string, now: Date): Promise<PlacementDetail> {
  try {
    return await getPlacement({ actor, placementId, now });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
