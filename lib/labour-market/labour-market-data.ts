import { z } from "zod";
import rawLabourMarket from "@/prisma/seed-data/labour-market.json";
import rawOccupationClasses from "@/prisma/seed-data/occupation-classes.json";

/**
 * The published regional labour-market figures (UWV) as in the seed data, checked against this schema
 * when the module loads, so a change in the file's shape fails loudly. They seed the table
 * LabourMarketFigure once; the page /arbeidsmarkt reads the table (get-labour-market.ts), which ADMIN
 * replaces with a CSV (issue 14 O4).
 */
const regionNl = { region: z.number().int().nonnegative(), nl: z.number().int().nonnegative() };

export const labourMarketSchema = z.object({
  _source: z.string(),
  headline: z.object({
    inhabitants2025: z.number(),
    inhabitants2040: z.number(),
    greenPressurePct: z.number(),
    greyPressurePct: z.number(),
    netParticipationPct: z.number(),
    working15to75: z.number(),
    nonLabourForce: z.number(),
    untappedPotential: z.object({
      total: z.number(),
      underemployedPartTimers: z.number(),
      unemployed: z.number(),
      semiUnemployed: z.number(),
    }),
    openVacanciesQ2_2025: z.number(),
  }),
  openVacanciesQ2_2025: z.array(z.object({ class: z.string(), ...regionNl })),
  wwBenefitsByClassSept2025: z.array(z.object({ class: z.string(), count: z.number().int().nonnegative() })),
  registeredJobseekersByEducationSept2025: z.object({
    regionTotal: z.number(),
    nlTotal: z.number(),
    rows: z.array(z.object({ level: z.string(), ...regionNl })),
  }),
  registeredJobseekersByAgeSept2025: z.array(z.object({ age: z.string(), ...regionNl })),
  wwJuly2025: z.object({ total: z.number(), under6months: z.number(), from6to12months: z.number(), yearOrLonger: z.number() }),
  jobs: z.array(z.object({ year: z.number(), employees: z.number(), selfEmployed: z.number(), forecast: z.boolean().optional() })),
  banenafspraak: z.object({
    regionalTargetThrough2025: z.number(),
    nationalTargetThrough2025: z.number(),
    realisedShareQ1_2021Pct: z.number(),
    nationalRealisedShareQ1_2021Pct: z.number(),
  }),
});

export type LabourMarket = z.infer<typeof labourMarketSchema>;

const occupationClassesSchema = z.object({
  classes: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const labourMarket: LabourMarket = labourMarketSchema.parse(rawLabourMarket);

export const occupationClasses = occupationClassesSchema.parse(rawOccupationClasses).classes;
