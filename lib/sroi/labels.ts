import type { ReviewStatus, SroiDeliveryType } from "@/generated/prisma/enums";
import type { StatusTone } from "@/lib/status-tone";

export const DELIVERY_TYPE_LABELS: Record<SroiDeliveryType, string> = {
  JOB: "Baan",
  WORK_EXPERIENCE_PLACE: "Werkervaringsplaats",
  INTERNSHIP: "Stageplaats",
  TRAINING: "Opleiding",
  SOCIAL_ENTERPRISE_PURCHASE: "Inkoop bij sociale onderneming",
};
export const DELIVERY_TYPES = Object.keys(DELIVERY_TYPE_LABELS) as [SroiDeliveryType, ...SroiDeliveryType[]];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  REPORTED: "Gemeld, wacht op beoordeling",
  APPROVED: "Goedgekeurd",
  REJECTED: "Afgekeurd",
};
export const REVIEW_STATUS_TONES: Record<ReviewStatus, StatusTone> = { REPORTED: "warning", APPROVED: "success", REJECTED: "danger" };
