import type { DeletionRequestStatus } from "@/generated/prisma/enums";
import { StatusBadge, type StatusTone } from "@/components/ui";

const STATUS: Record<DeletionRequestStatus, { label: string; tone: StatusTone }> = {
  REQUESTED: { label: "Open", tone: "warning" },
  COMPLETED: { label: "Uitgevoerd", tone: "success" },
  REFUSED: { label: "Geweigerd", tone: "neutral" },
};

export function DeletionStatusBadge({ status }: { status: DeletionRequestStatus }) {
  return <StatusBadge tone={STATUS[status].tone}>{STATUS[status].label}</StatusBadge>;
}
