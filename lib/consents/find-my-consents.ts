import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { consentEvents, consentState, isActiveConsent, type ConsentEvent, type ConsentRow, type ConsentState } from "./consent-state";

/** One thing the resident decides about: partner sharing, one employer, or one partner on handover. */
export type ConsentSubject = {
  key: string;
  /** The organisation the data goes to (employer or partner); null for "all partners". */
  organisationName: string | null;
  /** Vacancies of the proposals this consent was asked for (employers only). */
  vacancyTitles: string[];
  state: ConsentState;
  history: ConsentEvent[];
  /** The row to revoke while shared; revoking clears every active row of the subject. */
  activeConsentId: string | null;
};

export type MyConsents =
  | { registered: false }
  | { registered: true; partners: ConsentSubject; employers: ConsentSubject[]; handovers: ConsentSubject[] };

type Row = ConsentRow & {
  purpose: "SHARE_WITH_PARTNERS" | "SHARE_WITH_EMPLOYER" | "SHARE_WITH_PARTNER_ON_HANDOVER";
  organisationId: string | null;
  partnerOrganisationCode: string | null;
  organisation: { legalName: string; tradeName: string | null } | null;
  proposal: { vacancy: { title: string } } | null;
};

function subject(key: string, organisationName: string | null, rows: Row[]): ConsentSubject {
  const active = rows.filter(isActiveConsent).sort((a, b) => b.grantedAt!.getTime() - a.grantedAt!.getTime())[0];
  const titles = rows.map((row) => row.proposal?.vacancy.title).filter((title): title is string => Boolean(title));
  return {
    key,
    organisationName,
    vacancyTitles: [...new Set(titles)],
    state: consentState(rows),
    history: consentEvents(rows),
    activeConsentId: active?.id ?? null,
  };
}

function groupBy(rows: Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

const latestMoment = (item: ConsentSubject) => item.history[0]?.at.getTime() ?? 0;

/**
 * The resident's own consents per purpose (J3), each with its state, date and history. Only the
 * caller's own candidate record is read; a resident without one is "not registered".
 */
export async function findMyConsents(actor: Actor): Promise<MyConsents> {
  assertCan(actor, "consent.manage");
  const candidate = await prisma.candidate.findFirst({
    where: { AND: [candidateWhereFor(actor, "consent.manage"), { anonymisedAt: null }] },
    select: {
      consents: {
        select: {
          id: true,
          purpose: true,
          organisationId: true,
          partnerOrganisationCode: true,
          grantedAt: true,
          declinedAt: true,
          revokedAt: true,
          createdAt: true,
          organisation: { select: { legalName: true, tradeName: true } },
          proposal: { select: { vacancy: { select: { title: true } } } },
        },
      },
    },
  });
  if (!candidate) return { registered: false };

  const rows = candidate.consents as Row[];
  const partnerCodes = [...new Set(rows.map((row) => row.partnerOrganisationCode).filter((code): code is string => Boolean(code)))];
  const partners = partnerCodes.length
    ? await prisma.partnerOrganisation.findMany({ where: { code: { in: partnerCodes } }, select: { code: true, name: true } })
    : [];
  const partnerName = new Map(partners.map((partner) => [partner.code, partner.name]));

  const employerRows = rows.filter((row) => row.purpose === "SHARE_WITH_EMPLOYER" && row.organisationId);
  const handoverRows = rows.filter((row) => row.purpose === "SHARE_WITH_PARTNER_ON_HANDOVER" && row.partnerOrganisationCode);
  const employers = [...groupBy(employerRows, (row) => row.organisationId!)].map(([organisationId, group]) => {
    const organisation = group[0]!.organisation;
    return subject(`werkgever-${organisationId}`, organisation ? (organisation.tradeName ?? organisation.legalName) : "Onbekende werkgever", group);
  });
  const handovers = [...groupBy(handoverRows, (row) => row.partnerOrganisationCode!)].map(([code, group]) =>
    subject(`partner-${code}`, partnerName.get(code) ?? code, group),
  );

  return {
    registered: true,
    partners: subject("partners", null, rows.filter((row) => row.purpose === "SHARE_WITH_PARTNERS")),
    employers: employers.sort((a, b) => latestMoment(b) - latestMoment(a)),
    handovers: handovers.sort((a, b) => latestMoment(b) - latestMoment(a)),
  };
}
