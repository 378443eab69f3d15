import type { KpiContext } from "../context";

/** The same context for the whole region: no municipality, work area, occupation class or partner; null when none is set. */
export function withoutFilters(ctx: KpiContext): KpiContext | null {
  const { municipalityCode, workAreaId, occupationClassCode, partnerCode, ...rest } = ctx.filters;
  if (!municipalityCode && !workAreaId && !occupationClassCode && !partnerCode) return null;
  return { ...ctx, filters: rest };
}

/**
 * Reads the figures for the chosen filters and, when any filter is set, the same figures for the
 * whole region: the reference for the complement rule (a filtered count that differs from the
 * region's by 1–4 people is hidden, decision 024). Both reads run side by side.
 */
export async function readWithReference<T>(ctx: KpiContext, read: (ctx: KpiContext) => Promise<T>): Promise<{ filtered: T; reference: T | null }> {
  const region = withoutFilters(ctx);
  const [filtered, reference] = await Promise.all([read(ctx), region ? read(region) : Promise.resolve(null)]);
  return { filtered, reference };
}
