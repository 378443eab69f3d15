// The werkfit rule lives in the app (lib/work-readiness); the seed uses the very same function.
export { deriveWorkReady, type WorkReadinessThresholds } from "../../lib/work-readiness/derive-work-ready";
