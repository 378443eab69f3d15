/** Proposal statuses a placement can be recorded from (B5). */
export const PLACEABLE_STATUSES = ["INVITED", "INTERVIEW_POSITIVE"] as const;
