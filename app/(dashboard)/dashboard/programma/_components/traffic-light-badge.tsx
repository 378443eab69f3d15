import { StatusBadge, type StatusTone } from "@/components/ui";
import type { TrafficLight } from "@/generated/prisma/enums";
import { TRAFFIC_LIGHT_LABELS } from "@/lib/programme-monitor/schemas";

const TONES: Record<TrafficLight, StatusTone> = { GREEN: "success", ORANGE: "warning", RED: "danger", DONE: "info" };

/** The traffic light in words; the colour only supports the text. */
export function TrafficLightBadge({ status }: { status: TrafficLight }) {
  return <StatusBadge tone={TONES[status]}>{TRAFFIC_LIGHT_LABELS[status]}</StatusBadge>;
}
