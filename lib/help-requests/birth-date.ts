import { ageOn } from "./age";

const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXAMPLE = "bijvoorbeeld 14-05-1990";
export const MIN_AGE = 15;
export const MAX_AGE = 100;

export type ParsedBirthDate = { ok: true; date: string } | { ok: false; message: string };

/**
 * A birth date as people type it ("14-05-1990", "14/5/1990", "14.05.1990") or as a date input sends
 * it ("1990-05-14"). Returns "YYYY-MM-DD", or a Dutch message when the date does not exist or the
 * age is outside 15–100 on `now`.
 */
export function parseBirthDate(value: string, now: Date): ParsedBirthDate {
  const text = value.trim();
  const dutch = DUTCH.exec(text);
  const iso = ISO.exec(text);
  const parts = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { ok: false, message: `Vul uw geboortedatum in als dag-maand-jaar, ${EXAMPLE}.` };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, message: `Deze datum bestaat niet. Vul uw geboortedatum in, ${EXAMPLE}.` };
  }
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const age = ageOn(date, now);
  if (age < 0) return { ok: false, message: "Uw geboortedatum ligt in de toekomst. Controleer het jaar." };
  if (age < MIN_AGE) return { ok: false, message: `U kunt zich aanmelden vanaf ${MIN_AGE} jaar.` };
  if (age > MAX_AGE) return { ok: false, message: "Controleer het jaar van uw geboortedatum." };
  return { ok: true, date };
}
