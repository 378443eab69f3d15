import { Alert } from "@/components/ui";

/** The recovery codes, shown this once, with what to do with them. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="herstelcodes" className="mb-6">
      <h2 id="herstelcodes" className="mb-2 text-2xl font-bold">
        Uw herstelcodes
      </h2>
      <Alert tone="warning" title="U ziet deze codes maar één keer">
        <p>
          Bewaar ze op een veilige plek, bijvoorbeeld uitgeprint of in een wachtwoordmanager. Raakt u uw telefoon kwijt, dan logt u in met één
          van deze codes in plaats van de code uit de app. Elke code werkt één keer.
        </p>
      </Alert>
      <ol className="mb-4 grid list-decimal grid-cols-1 gap-x-10 gap-y-1 pl-8 font-mono text-xl sm:grid-cols-2" aria-label="Herstelcodes">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
    </section>
  );
}
