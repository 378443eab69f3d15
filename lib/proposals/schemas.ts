import { z } from "zod";
import { DECLINE_REASON_LABELS } from "./labels";

/** Proposal forms (voordragen, intrekken, werkgeversantwoord). No server imports: used by the forms too. */
export const MOTIVATION_MIN_LENGTH = 20;
export const MOTIVATION_MAX_LENGTH = 2000;
export const REASON_MAX_LENGTH = 1000;
export const PROPOSAL_NOT_FOUND_MESSAGE = "Deze voordracht is niet gevonden. Vernieuw de pagina en probeer het opnieuw.";

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(40, message);

export const createProposalSchema = z.object({
  candidateId: id("Deze kandidaat is niet gevonden."),
  vacancyId: id("Kies een vacature."),
  motivation: z
    .string({ error: "Schrijf waarom deze kandidaat bij de vacature past." })
    .trim()
    .min(1, "Schrijf waarom deze kandidaat bij de vacature past.")
    .min(MOTIVATION_MIN_LENGTH, `Schrijf een motivatie van minstens ${MOTIVATION_MIN_LENGTH} tekens.`)
    .max(MOTIVATION_MAX_LENGTH, `De motivatie mag maximaal ${MOTIVATION_MAX_LENGTH} tekens lang zijn.`),
});
export type CreateProposalInput = z.output<typeof createProposalSchema>;

export const withdrawProposalSchema = z.object({
  proposalId: id(PROPOSAL_NOT_FOUND_MESSAGE),
  reason: z
    .string({ error: "Schrijf waarom u de voordracht intrekt." })
    .trim()
    .min(1, "Schrijf waarom u de voordracht intrekt.")
    .max(REASON_MAX_LENGTH, `De reden mag maximaal ${REASON_MAX_LENGTH} tekens lang zijn.`),
});
export type WithdrawProposalInput = z.output<typeof withdrawProposalSchema>;

export const inviteCandidateSchema = z.object({ proposalId: id(PROPOSAL_NOT_FOUND_MESSAGE) });
export type InviteCandidateInput = z.output<typeof inviteCandidateSchema>;

const DECLINE_REASONS = Object.keys(DECLINE_REASON_LABELS) as [keyof typeof DECLINE_REASON_LABELS, ...(keyof typeof DECLINE_REASON_LABELS)[]];

export const declineProposalSchema = z
  .object({
    proposalId: id(PROPOSAL_NOT_FOUND_MESSAGE),
    reason: z.enum(DECLINE_REASONS, { error: "Kies een reden." }),
    text: z.string().trim().max(REASON_MAX_LENGTH, `De toelichting mag maximaal ${REASON_MAX_LENGTH} tekens lang zijn.`).optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.reason === "OTHER" && value.text.length === 0) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "Schrijf de reden op als u 'Anders' kiest." });
    }
  });
export type DeclineProposalInput = z.output<typeof declineProposalSchema>;

export const interviewOutcomeSchema = z.object({
  proposalId: id(PROPOSAL_NOT_FOUND_MESSAGE),
  outcome: z.enum(["POSITIVE", "NEGATIVE"], { error: "Kies hoe het gesprek ging." }),
  note: z.string().trim().max(REASON_MAX_LENGTH, `De toelichting mag maximaal ${REASON_MAX_LENGTH} tekens lang zijn.`).optional().default(""),
});
export type InterviewOutcomeInput = z.output<typeof interviewOutcomeSchema>;

export const proposalListFilterSchema = z.object({
  status: z
    .enum(["AWAITING_CONSENT", "CONSENT_DECLINED", "PROPOSED", "INVITED", "DECLINED", "INTERVIEW_POSITIVE", "INTERVIEW_NEGATIVE", "PLACED", "WITHDRAWN"])
    .optional()
    .catch(undefined),
});
