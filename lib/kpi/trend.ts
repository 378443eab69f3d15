import type { DashboardCell } from "@/lib/dashboard/table";

export type Trend = "up" | "down" | "same" | "unknown";

/** Up/down/same when both cells carry a number; unknown when either is hidden ("< 5") or empty. */
export function trendOf(current: DashboardCell, previous: DashboardCell): Trend {
  if (typeof current.value !== "number" || typeof previous.value !== "number") return "unknown";
  if (current.value > previous.value) return "up";
  if (current.value < previous.value) return "down";
  return "same";
}

/** The trend in words, never only an arrow or colour: "hoger dan de vorige periode (12)". */
export function trendText(trend: Trend, previous: DashboardCell): string {
  switch (trend) {
    case "up":
      return `Hoger dan de vorige periode (${previous.display})`;
    case "down":
      return `Lager dan de vorige periode (${previous.display})`;
    case "same":
      return `Gelijk aan de vorige periode (${previous.display})`;
    default:
      return `Niet te vergelijken met de vorige periode (${previous.display})`;
  }
}
