import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { prisma } from "@/lib/db";
import { employerServicesSql } from "./employer-services-sql";
import type { SuwiServiceKey } from "./services";

export type SuwiEvidenceCounts = {
  proposals: number;
  aftercareChecks: number;
  adviceInstrumentInformation: number;
  adviceInstrument: number;
  adviceJobCarving: number;
  adviceLabourMarket: number;
  contactInstrumentInformation: number;
  contactJobCarving: number;
  contactLabourMarket: number;
};

export type SuwiTotals = {
  employers: number;
  /** Employers that received the service in the period. */
  services: Record<SuwiServiceKey, number>;
  /** Employers that received none of the five services. */
  withoutService: number;
  evidence: SuwiEvidenceCounts;
};

type TotalsRow = SuwiEvidenceCounts & Record<SuwiServiceKey, number> & { employers: number; withoutService: number };

/** D2 totals: per service the number of employers that received it, and the evidence behind it (one SQL aggregate). */
export async function getSuwiTotals(actor: Actor, filters: DashboardFilters): Promise<SuwiTotals> {
  assertCan(actor, "dashboard.read");
  const [row] = await prisma.$queryRaw<TotalsRow[]>(Prisma.sql`
    SELECT count(*)::int AS "employers",
      count(*) FILTER (WHERE r."proposed")::int AS "proposed",
      count(*) FILTER (WHERE r."instrumentInformation")::int AS "instrumentInformation",
      count(*) FILTER (WHERE r."instrumentAdvice")::int AS "instrumentAdvice",
      count(*) FILTER (WHERE r."jobCarving")::int AS "jobCarving",
      count(*) FILTER (WHERE r."labourMarketInformation")::int AS "labourMarketInformation",
      count(*) FILTER (WHERE r."serviceCount" = 0)::int AS "withoutService",
      COALESCE(sum(r."proposals"), 0)::int AS "proposals",
      COALESCE(sum(r."aftercareChecks"), 0)::int AS "aftercareChecks",
      COALESCE(sum(r."adviceInstrumentInformation"), 0)::int AS "adviceInstrumentInformation",
      COALESCE(sum(r."adviceInstrument"), 0)::int AS "adviceInstrument",
      COALESCE(sum(r."adviceJobCarving"), 0)::int AS "adviceJobCarving",
      COALESCE(sum(r."adviceLabourMarket"), 0)::int AS "adviceLabourMarket",
      COALESCE(sum(r."contactInstrumentInformation"), 0)::int AS "contactInstrumentInformation",
      COALESCE(sum(r."contactJobCarving"), 0)::int AS "contactJobCarving",
      COALESCE(sum(r."contactLabourMarket"), 0)::int AS "contactLabourMarket"
    FROM (${employerServicesSql(filters)}) r`);
  const { employers, withoutService, proposed, instrumentInformation, instrumentAdvice, jobCarving, labourMarketInformation, ...evidence } = row!;
  return {
    employers,
    withoutService,
    services: { proposed, instrumentInformation, instrumentAdvice, jobCarving, labourMarketInformation },
    evidence,
  };
}
