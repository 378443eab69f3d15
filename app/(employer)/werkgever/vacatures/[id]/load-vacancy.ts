import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getVacancyForActor, type VacancyDetail } from "@/lib/vacancies/get-vacancy-for-actor";

/** The vacancy for a page; a vacancy outside the actor's scope shows the ordinary 404 page. */
export async function loadVacancyOr404(actor: Actor, vacancyId: string): Promise<VacancyDetail> {
  try {
    return await getVacancyForActor({ actor, vacancyId });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
