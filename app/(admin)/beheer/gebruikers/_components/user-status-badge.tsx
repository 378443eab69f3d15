import { StatusBadge } from "@/components/ui";
import { USER_STATUS_LABELS, type UserStatus } from "@/lib/users/schemas";

const TONES = { actief: "success", geblokkeerd: "danger", uitgenodigd: "warning" } as const;

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <StatusBadge tone={TONES[status]}>{USER_STATUS_LABELS[status]}</StatusBadge>;
}
