/** Every D1 table, in page order. Stable and URL-safe: the CSV export is /dashboard/export/<id>. */
export const KPI_TABLE_IDS = [
  "vacatures",
  "eerste-voorstel",
  "voorstellen",
  "afwijzingsredenen",
  "plaatsingen-contractvorm",
  "duurzame-plaatsingen",
  "nazorg-op-tijd",
  "tevredenheid-werkgevers",
  "tevredenheid-verdeling",
  "vragen-werkgevers",
  "toezeggingen",
  "dubbele-benadering",
  "overdrachten",
  "banenafspraak",
  "plaatsingen-doelgroep",
  "evenementen",
  "sroi",
] as const;

export type KpiTableId = (typeof KPI_TABLE_IDS)[number];

export function isKpiTableId(value: string): value is KpiTableId {
  return (KPI_TABLE_IDS as readonly string[]).includes(value);
}

/** Which filters change each table, in words for the page (the rest do not apply to it). */
export const KPI_FILTER_NOTES: Record<KpiTableId, string> = {
  vacatures: "Filters: gemeente van de werkgever, werkgebied van de vacature, beroepsklasse. Partner geldt niet.",
  "eerste-voorstel": "Filters: gemeente van de werkgever, werkgebied van de vacature, beroepsklasse. Partner geldt niet.",
  voorstellen: "Filters: gemeente van de werkgever, werkgebied van de vacature, beroepsklasse, partner van de bemiddelaar.",
  afwijzingsredenen: "Filters: gemeente van de werkgever, werkgebied van de vacature, beroepsklasse, partner van de bemiddelaar.",
  "plaatsingen-contractvorm": "Filters: gemeente en werkgebied van de kandidaat, beroepsklasse van de vacature, partner van de bemiddelaar.",
  "duurzame-plaatsingen": "Filters: gemeente en werkgebied van de kandidaat, beroepsklasse van de vacature, partner van de bemiddelaar.",
  "nazorg-op-tijd": "Filters: gemeente en werkgebied van de kandidaat, beroepsklasse van de vacature, partner van de bemiddelaar.",
  "tevredenheid-werkgevers": "Filters: gemeente van de werkgever, werkgebied van de vacature, beroepsklasse, partner van de bemiddelaar.",
  "tevredenheid-verdeling": "Filters: gemeente van de werkgever, werkgebied van de vacature, beroepsklasse, partner van de bemiddelaar.",
  "vragen-werkgevers": "Filters: gemeente en werkgebied van de werkgever. Beroepsklasse en partner gelden niet.",
  toezeggingen: "Filters: gemeente en werkgebied van de werkgever. Beroepsklasse en partner gelden niet.",
  "dubbele-benadering": "Filters: gemeente en werkgebied van de werkgever. Beroepsklasse en partner gelden niet.",
  overdrachten: "Filters: gemeente en werkgebied van de kandidaat, partner van de bemiddelaar die overdraagt. Beroepsklasse geldt niet.",
  banenafspraak: "Filters: gemeente en werkgebied van de kandidaat, beroepsklasse van de vacature, partner van de bemiddelaar. De doelstelling geldt voor de hele regio.",
  "plaatsingen-doelgroep": "Filters: gemeente en werkgebied van de kandidaat, beroepsklasse van de vacature, partner van de bemiddelaar.",
  evenementen: "De filters gelden niet voor evenementen: de cijfers zijn voor de hele regio.",
  sroi: "Filters: gemeente en werkgebied van de gemeente die het contract gaf. Beroepsklasse en partner gelden niet.",
};
