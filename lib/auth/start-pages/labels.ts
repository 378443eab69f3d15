import type { HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";

export const HELP_QUESTION_LABELS: Record<HelpQuestion, string> = {
  FIND_WORK: "Ik zoek werk",
  OTHER_WORK: "Ik zoek ander werk",
  LEARNING_CAREER: "Leren of loopbaan",
  UNDER_27: "Ik ben jonger dan 27",
  BENEFIT_WW: "Ik heb een WW-uitkering",
  BENEFIT_WIA: "Ik heb een WIA-uitkering",
  BENEFIT_WAJONG: "Ik heb Wajong",
  BENEFIT_PARTICIPATION: "Ik heb een bijstandsuitkering",
  NO_BENEFIT: "Ik heb geen uitkering",
};

export const HELP_REQUEST_STATUS_LABELS: Record<HelpRequestStatus, string> = {
  ROUTED: "Doorgestuurd",
  ACCEPTED: "In behandeling",
  ESCALATED: "Extra aandacht",
  CLOSED: "Afgerond",
};
