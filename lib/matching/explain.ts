/**
 * The explanation of a score in plain Dutch, part by part, for the match pages. Pure: takes the
 * scorer's facts and the names of skills, occupation classes and work areas.
 */
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { dbDateOfDay } from "./days";
import type { MatchLabels } from "./match-reference";
import type { MatchScore } from "./score-match";
import type { ScorePartKey } from "./score-parts";

export const PART_LABELS: Record<ScorePartKey, string> = {
  skills: "Vaardigheden",
  occupation: "Beroepswens",
  hours: "Uren per week",
  workArea: "Werkgebied en reistijd",
  availability: "Beschikbaarheid",
  werkfit: "Werkfit",
};

export const LEVEL_NAMES: Record<number, string> = { 1: "beginner", 2: "gevorderd", 3: "ervaren", 4: "expert" };

export type ExplanationPart = { key: ScorePartKey; label: string; points: number; max: number; text: string };
export type ExplainedSkill = { label: string; candidateLevel: string | null; requiredLevel: string; enough: boolean };

const day = (value: number) => formatShortDate(dbDateOfDay(value));
const level = (value: number) => `${value} (${LEVEL_NAMES[value] ?? "onbekend"})`;
const hours = (min: number | null, max: number | null) =>
  min === null && max === null ? null : min !== null && max !== null && min !== max ? `${min}–${max} uur` : `${min ?? max} uur`;

export function explainSkills(score: MatchScore, labels: MatchLabels): { matched: ExplainedSkill[]; missing: ExplainedSkill[] } {
  const name = (code: string) => labels.skills.get(code) ?? code;
  return {
    matched: score.skills.matched.map((skill) => ({
      label: name(skill.skillCode),
      candidateLevel: level(skill.candidateLevel),
      requiredLevel: level(skill.requiredLevel),
      enough: skill.candidateLevel >= skill.requiredLevel,
    })),
    missing: score.skills.missing.map((skill) => ({ label: name(skill.skillCode), candidateLevel: null, requiredLevel: level(skill.requiredLevel), enough: false })),
  };
}

/** One line per part, in the order the parts add up. */
export function explainScore(score: MatchScore, labels: MatchLabels): ExplanationPart[] {
  const area = (id: string | null) => (id === null ? "onbekend" : (labels.workAreas.get(id) ?? "onbekend"));
  const required = score.skills.matched.length + score.skills.missing.length;
  const atLevel = score.skills.matched.filter((skill) => skill.candidateLevel >= skill.requiredLevel).length;
  const className = labels.occupationClasses.get(score.occupation.occupationClassCode) ?? score.occupation.occupationClassCode;
  const wish = hours(score.hours.wishMin, score.hours.wishMax);
  const { workArea, availability, werkfit } = score;

  let areaText: string;
  if (workArea.vacancyWorkAreaId === null) areaText = "De vacature heeft geen werkgebied.";
  else if (workArea.inWishedArea) areaText = `Wil werken in ${area(workArea.vacancyWorkAreaId)}.`;
  else if (workArea.travelMinutes === null) areaText = `Wil niet in ${area(workArea.vacancyWorkAreaId)} werken; reistijd onbekend.`;
  else {
    const trip = `Reistijd van ${area(workArea.homeWorkAreaId)} naar ${area(workArea.vacancyWorkAreaId)} ongeveer ${workArea.travelMinutes} minuten`;
    areaText =
      workArea.maxTravelMinutes === null
        ? `${trip}; maximale reistijd onbekend.`
        : workArea.travelMinutes <= workArea.maxTravelMinutes
          ? `${trip}, binnen de maximale ${workArea.maxTravelMinutes} minuten.`
          : `${trip}, meer dan de maximale ${workArea.maxTravelMinutes} minuten.`;
  }

  const reference = availability.referenceIsStartDate ? `de start op ${day(availability.referenceDay)}` : `vandaag (${day(availability.referenceDay)})`;
  const availabilityText =
    availability.availableFromDay === null
      ? "Beschikbaarheid onbekend."
      : availability.availableFromDay <= availability.referenceDay
        ? `Beschikbaar vanaf ${day(availability.availableFromDay)}, op tijd voor ${reference}.`
        : `Beschikbaar vanaf ${day(availability.availableFromDay)}, na ${reference}.`;

  return [
    { key: "skills", label: PART_LABELS.skills, points: score.skills.points, max: score.skills.max, text: `${score.skills.matched.length} van ${required} gevraagde vaardigheden aanwezig, ${atLevel} op het gevraagde niveau.` },
    { key: "occupation", label: PART_LABELS.occupation, points: score.occupation.points, max: score.occupation.max, text: score.occupation.wished ? `Wil werken in ${className}.` : `Geen wens voor ${className}.` },
    {
      key: "hours",
      label: PART_LABELS.hours,
      points: score.hours.points,
      max: score.hours.max,
      text: `Vacature ${score.hours.vacancyHours} uur; ${wish ? `wens ${wish}` : "wens onbekend"}.`,
    },
    { key: "workArea", label: PART_LABELS.workArea, points: workArea.points, max: workArea.max, text: areaText },
    { key: "availability", label: PART_LABELS.availability, points: availability.points, max: availability.max, text: availabilityText },
    { key: "werkfit", label: PART_LABELS.werkfit, points: werkfit.points, max: werkfit.max, text: workReadyText(werkfit.isWorkReady, werkfit.sinceDay) },
  ];
}

/** "Ja, sinds 3 maart 2026" / "Ja" / "Nee" — all an accountmanager may see of the assessment. */
export function workReadyText(isWorkReady: boolean, sinceDay: number | null): string {
  if (!isWorkReady) return "Nee";
  return sinceDay === null ? "Ja" : `Ja, sinds ${day(sinceDay)}`;
}
