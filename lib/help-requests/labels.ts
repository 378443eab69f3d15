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

/** One line under each choice on the aanmelding form, in plain Dutch (B1). */
export const HELP_QUESTION_HINTS: Record<HelpQuestion, string> = {
  FIND_WORK: "U heeft nu geen werk en wilt graag werken.",
  OTHER_WORK: "U heeft werk, maar zoekt een andere baan of ander werk.",
  LEARNING_CAREER: "U wilt een opleiding doen of advies over uw loopbaan.",
  UNDER_27: "U bent jonger dan 27 jaar en zoekt hulp bij werk of school.",
  BENEFIT_WW: "U krijgt een WW-uitkering van UWV.",
  BENEFIT_WIA: "U krijgt een WIA-uitkering van UWV, bijvoorbeeld na lang ziek zijn.",
  BENEFIT_WAJONG: "U krijgt een Wajong-uitkering van UWV.",
  BENEFIT_PARTICIPATION: "U krijgt een bijstandsuitkering van de gemeente (Participatiewet).",
  NO_BENEFIT: "U krijgt geen uitkering en zoekt werk.",
};

/** How a bemiddelaar sees an open request in the team queue. */
export const QUEUE_STATUS_LABELS = { ROUTED: "Nieuw", ESCALATED: "Geëscaleerd" } as const;
