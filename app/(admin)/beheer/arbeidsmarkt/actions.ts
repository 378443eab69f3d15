"use server";

import { revalidatePath } from "next/cache";
import { replaceLabourMarketFigures, replaceLabourMarketFiguresSchema } from "@/lib/labour-market/replace-labour-market-figures";
import { actionClientFor } from "@/lib/safe-action";

// The CSV upload is a route handler (app/api/beheer/arbeidsmarkt): it may be 1 MB, server actions only 256 KB (decision 026).
export const replaceLabourMarketFiguresAction = actionClientFor("referenceData.manage")
  .inputSchema(replaceLabourMarketFiguresSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await replaceLabourMarketFigures({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/arbeidsmarkt");
    revalidatePath("/beheer/arbeidsmarkt");
    return result;
  });
