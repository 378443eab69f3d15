import type { VacancyDetail } from "./get-vacancy-for-actor";

/** The editable fields of a vacancy, as defaults for the vacancy form (no other data goes to the client). */
export function vacancyFormValues(vacancy: VacancyDetail) {
  return {
    title: vacancy.title,
    occupationClassCode: vacancy.occupationClass.code,
    description: vacancy.description,
    skills: vacancy.skills.map((skill) => ({ skillCode: skill.skillCode, level: skill.level })),
    hoursPerWeek: vacancy.hoursPerWeek,
    location: vacancy.location,
    workAreaId: vacancy.workArea?.id ?? "",
    contractType: vacancy.contractType as string,
    trialPlacementWelcome: vacancy.trialPlacementWelcome,
    startDate: vacancy.startDate,
    openToDistance: vacancy.openToDistance,
    wantsJobCarvingAdvice: vacancy.wantsJobCarvingAdvice,
    isPublic: vacancy.isPublic,
  };
}
