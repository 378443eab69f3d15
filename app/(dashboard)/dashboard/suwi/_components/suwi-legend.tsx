import { SUWI_SERVICES } from "@/lib/suwi/services";

/** Which record counts as evidence for which service, generated from the same list the query uses. */
export function SuwiLegend() {
  return (
    <section aria-labelledby="suwi-legenda" className="mb-12 max-w-3xl">
      <h2 id="suwi-legenda" className="text-2xl font-bold">
        Wat telt als bewijs
      </h2>
      <p className="mt-2">Een werkgever heeft een dienst gekregen als in de gekozen periode minstens één van deze gegevens is vastgelegd:</p>
      <dl className="mt-4">
        {SUWI_SERVICES.map((service) => (
          <div key={service.key} className="mb-3">
            <dt className="font-semibold">
              {service.number}. {service.label}
            </dt>
            <dd>{service.evidence}.</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        De filters op gemeente en werkgebied gaan over de vestiging van de werkgever. Werkgevers zonder gemeente tellen alleen mee in het
        totaal van de regio. Aantallen werkgevers zijn exact; aantallen voordrachten en nazorggesprekken gaan over personen en staan
        als “&lt; 5” als het er 1 tot 4 zijn.
      </p>
    </section>
  );
}
