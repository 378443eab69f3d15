"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { replaceLabourMarketFiguresAction } from "../actions";

/** "Vervangen": the figures become the previewed rows. */
export function ReplaceButton({ uploadId }: { uploadId: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(replaceLabourMarketFiguresAction, {
    onSuccess: () => {
      router.push("/beheer/arbeidsmarkt?vervangen=1");
      router.refresh();
    },
  });
  return (
    <div>
      {result.serverError ? (
        <p role="alert" className="mb-4 font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
      <Button onClick={() => execute({ uploadId })} disabled={isPending} aria-busy={isPending}>
        Vervangen
      </Button>
    </div>
  );
}
