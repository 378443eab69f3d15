/**
 * Issue 5 demo data: from proposal to sustainable placement. Runs last, on the proposals,
 * placements and handovers that seedMatching and seedNetwork made, so the random stream of the
 * earlier steps (and the demo data other specs read) stays exactly as it was.
 */
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, addHours } from "../dates";
import { DEMO_ORGANISATION_KEY } from "./catalog";
import { user, type DemoContext } from "./context";
import { completeHandovers } from "./handovers";
import { completePlacements } from "./placements";
import { completeProposals } from "./proposals";

const MATCHTAFEL_NOTES: { by: "am" | "bm"; aboutCandidate: boolean; text: string }[] = [
  { by: "am", aboutCandidate: false, text: "Matchtafel: de teamleider wil graag iemand die ook in het weekend één dienst kan draaien. Inwerken gebeurt met een vaste buddy." },
  { by: "bm", aboutCandidate: true, text: "Voorgesteld omdat de kandidaat al huishoudelijke ondersteuning deed; werkfit sinds kort. Reistijd op de fiets is twintig minuten." },
  { by: "am", aboutCandidate: false, text: "Werkgever staat open voor een proefplaatsing van twee maanden met loonkostensubsidie; loonwaardemeting kan op de werkvloer." },
  { by: "bm", aboutCandidate: true, text: "Kandidaat wil graag starten met 24 uur en na drie maanden uitbreiden; dat past bij het rooster dat de werkgever noemde." },
  { by: "am", aboutCandidate: false, text: "Na het gesprek van vorige week: de werkgever wil twee kandidaten tegelijk uitnodigen op dezelfde middag." },
  { by: "bm", aboutCandidate: true, text: "Jobcoach is beschikbaar voor de eerste zes weken; afspraak met de werkgever over een wekelijks kort evaluatiemoment." },
];

/** Matchtafel notes (B8) by the demo accountmanager and demo bemiddelaar on the demo employer's open vacancies. */
async function seedCaseNotes(ctx: DemoContext): Promise<number> {
  const { random, clock } = ctx;
  const demoAm = user(ctx, "demo-am");
  const demoBm = user(ctx, "demo-bm");
  const demoOrg = ctx.organisations.find((org) => org.key === DEMO_ORGANISATION_KEY);
  const open = ctx.vacancies.filter(
    (v) => (v.organisationId === demoOrg?.id || v.ownerId === demoAm.id) && (v.status === "CANDIDATES_PROPOSED" || v.status === "IN_PROGRESS"),
  );
  const rows: Prisma.CaseNoteCreateManyInput[] = [];
  for (const vacancy of open.slice(0, 4)) {
    const candidates = ctx.proposals.filter((p) => p.vacancyId === vacancy.id).map((p) => p.candidateId);
    const ownCandidate = ctx.candidates.find((c) => candidates.includes(c.id) && c.ownerId === demoBm.id);
    const start = vacancy.proposedAt ?? vacancy.inProgressAt ?? vacancy.createdAt;
    const notes = vacancy.organisationId === demoOrg?.id ? MATCHTAFEL_NOTES : random.sample(MATCHTAFEL_NOTES, 2);
    notes.forEach((note, index) => {
      const createdAt = addHours(addDays(start, index + 1), 9 + index);
      if (createdAt > clock.now) return;
      rows.push({
        id: random.id(), vacancyId: vacancy.id, authorId: note.by === "am" ? demoAm.id : demoBm.id,
        candidateId: note.by === "bm" && note.aboutCandidate && ownCandidate ? ownCandidate.id : null, text: note.text, createdAt,
      });
    });
  }
  await ctx.db.caseNote.createMany({ data: rows });
  return rows.length;
}

export type TrajectoryCounts = { statuswijzigingen: number; knelpunten: number; overdrachten: number; casusnotities: number };

export async function seedTrajectories(ctx: DemoContext): Promise<TrajectoryCounts> {
  const { statusChanges } = await completeProposals(ctx);
  const { signals } = await completePlacements(ctx);
  const { handovers } = await completeHandovers(ctx);
  const caseNotes = await seedCaseNotes(ctx);
  return { statuswijzigingen: statusChanges, knelpunten: signals, overdrachten: handovers, casusnotities: caseNotes };
}
