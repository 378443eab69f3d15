/**
 * Short labels for chart axes, where the full UWV names do not fit on a phone. Tables always show
 * the full name from occupation-classes.json.
 */
const SHORT_NAMES: Record<string, string> = {
  AGR: "Agrarisch",
  BEA: "Administratief",
  COM: "Commercieel",
  CRE: "Creatief en taal",
  DIE: "Dienstverlening",
  ICT: "ICT",
  MAN: "Managers",
  OBV: "Openbaar bestuur",
  PED: "Pedagogisch",
  TEC: "Techniek",
  TRL: "Transport en logistiek",
  ZOR: "Zorg en welzijn",
};

export function occupationClassShortName(code: string, fullName: string): string {
  return SHORT_NAMES[code] ?? fullName;
}
