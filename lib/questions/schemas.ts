import { z } from "zod";
import type { QuestionTopic } from "@/generated/prisma/enums";
import { freeText } from "@/lib/forms/free-text";
import { submissionKeySchema } from "@/lib/forms/submission-key";

/** The nine topics of product.md E3, as the employer reads them. */
export const QUESTION_TOPIC_LABELS: Record<QuestionTopic, string> = {
  FIND_STAFF: "Personeel vinden",
  INSTRUMENTS_SUBSIDIES: "Instrumenten en subsidies",
  REINTEGRATION: "Re-integratie en poortwachter",
  EMPLOYMENT_LAW: "Arbeidsjuridische vragen",
  JOB_AGREEMENT: "Banenafspraak",
  LABOUR_MIGRATION: "Arbeidsmigratie",
  ORGANISE_WORK: "Werk anders organiseren",
  DEVELOPMENT_TRAINING: "Ontwikkelen en scholing",
  REORGANISATION: "Reorganisatie en van werk naar werk",
};

export const QUESTION_TOPICS = Object.keys(QUESTION_TOPIC_LABELS) as [QuestionTopic, ...QuestionTopic[]];

export const QUESTION_TEXT_MAX_LENGTH = 2000;
export const ANSWER_TEXT_MAX_LENGTH = 4000;

export const askQuestionSchema = z.object({
  topic: z.enum(QUESTION_TOPICS, { error: "Kies een onderwerp uit de lijst." }),
  text: freeText({
    required: "Schrijf uw vraag op.",
    min: 10,
    tooShort: "Schrijf uw vraag in minimaal 10 tekens.",
    max: QUESTION_TEXT_MAX_LENGTH,
    tooLong: `Uw vraag mag maximaal ${QUESTION_TEXT_MAX_LENGTH} tekens hebben.`,
  }),
  submissionKey: submissionKeySchema,
});

export const answerQuestionSchema = z.object({
  questionId: z.string({ error: "Deze vraag bestaat niet (meer)." }).min(1, "Deze vraag bestaat niet (meer).").max(64),
  answer: freeText({
    required: "Schrijf uw antwoord op.",
    max: ANSWER_TEXT_MAX_LENGTH,
    tooLong: `Het antwoord mag maximaal ${ANSWER_TEXT_MAX_LENGTH} tekens hebben.`,
  }),
});

export type AskQuestionInput = z.input<typeof askQuestionSchema>;
export type AnswerQuestionInput = z.input<typeof answerQuestionSchema>;
