import labourMarket from "@/prisma/seed-data/labour-market.json";

/** The doelgroepregister code in TargetGroup (prisma/seed-data/target-groups.json). */
export const BANENAFSPRAAK_TARGET_GROUP = "DGR";

/** The region's banenafspraak target through 2025 (shared/data/labour-market.json). */
export const BANENAFSPRAAK_REGIONAL_TARGET: number = labourMarket.banenafspraak.regionalTargetThrough2025;
