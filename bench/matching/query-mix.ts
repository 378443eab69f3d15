/**
 * The fixed (seeded) mix of bench queries: which vacancies and candidates, and which filters. Most
 * queries run without filters, like the page's first view; some use each filter.
 */
import type pg from "pg";
import type { CandidateFilters, VacancyFilters } from "../../lib/matching/ranking";
import { seededRandom } from "../../lib/matching/testing/random-profiles";
import type { Scale } from "./generate";

export type VacancyQuery = { vacancyId: string; filters: CandidateFilters };
export type CandidateQuery = { candidateId: string; filters: VacancyFilters };

const pad = (n: number) => String(n).padStart(7, "0");

export async function buildQueryMix(client: pg.Client, scale: Scale, count: number, today: number) {
  const random = seededRandom(20_261_130);
  const areas = (await client.query<{ id: string }>(`SELECT id FROM "WorkArea" ORDER BY name`)).rows.map((row) => row.id);
  const pickArea = () => areas[Math.floor(random() * areas.length)]!;
  const pick = (n: number) => 1 + Math.floor(random() * n);

  const vacancies: VacancyQuery[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const filters: CandidateFilters =
      roll < 0.7
        ? { workReadyOnly: false, availableByDay: null, workAreaId: null }
        : roll < 0.8
          ? { workReadyOnly: true, availableByDay: null, workAreaId: null }
          : roll < 0.9
            ? { workReadyOnly: false, availableByDay: today + 14, workAreaId: null }
            : { workReadyOnly: false, availableByDay: null, workAreaId: pickArea() };
    vacancies.push({ vacancyId: `bv${pad(pick(scale.vacancies))}`, filters });
  }

  // Bemiddelaars match their own candidates, who share their profile (else the page says so at once).
  const wanted = Array.from({ length: count * 2 }, () => `bc${pad(pick(scale.candidates))}`);
  const { rows } = await client.query<{ id: string }>(
    `SELECT c.id FROM unnest($1::text[]) WITH ORDINALITY AS w(id, n) JOIN "Candidate" c ON c.id = w.id
     WHERE c."anonymisedAt" IS NULL AND EXISTS (SELECT 1 FROM "Consent" k WHERE k."candidateId" = c.id AND k.purpose = 'SHARE_WITH_PARTNERS' AND k."grantedAt" IS NOT NULL AND k."revokedAt" IS NULL)
     ORDER BY w.n LIMIT $2`,
    [wanted, count],
  );
  const candidates: CandidateQuery[] = rows.map((row) => ({ candidateId: row.id, filters: { workAreaId: random() < 0.2 ? pickArea() : null } }));
  return { vacancies, candidates };
}
