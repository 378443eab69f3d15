import type { LabourMarketFigures } from "./figures-to-labour-market";
import { occupationClassShortName } from "./occupation-class-names";

export type OccupationClassRow = {
  code: string;
  name: string;
  shortName: string;
  vacanciesRegion: number;
  vacanciesNl: number;
  wwBenefits: number;
  /** Open vacancies per WW benefit in the same class: an indication of tension, null without WW. */
  vacanciesPerWwBenefit: number | null;
};

/**
 * Joins vacancies and WW benefits per occupation class with the class names, in the order of
 * occupation-classes.json. A class missing from a table counts as 0.
 */
export function toOccupationClassRows(
  data: Pick<LabourMarketFigures, "openVacanciesQ2_2025" | "wwBenefitsByClassSept2025">,
  classes: { code: string; name: string }[],
): OccupationClassRow[] {
  return classes.map(({ code, name }) => {
    const vacancies = data.openVacanciesQ2_2025.find((row) => row.class === code);
    const wwBenefits = data.wwBenefitsByClassSept2025.find((row) => row.class === code)?.count ?? 0;
    const vacanciesRegion = vacancies?.region ?? 0;
    return {
      code,
      name,
      shortName: occupationClassShortName(code, name),
      vacanciesRegion,
      vacanciesNl: vacancies?.nl ?? 0,
      wwBenefits,
      vacanciesPerWwBenefit: wwBenefits === 0 ? null : Math.round((vacanciesRegion / wwBenefits) * 10) / 10,
    };
  });
}
