"use client";

import { Button } from "@/components/ui";

/** Opens the browser's print dialog, where "Opslaan als PDF" is one of the printers. */
export function PrintButton() {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      Afdrukken of opslaan als PDF
    </Button>
  );
}
