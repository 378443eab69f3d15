import "server-only";
import pino, { type DestinationStream } from "pino";

/**
 * Structured JSON logging. Personal data never belongs in a log line; the redact list is the
 * safety net for fields that might slip into a logged object anyway.
 */
export const REDACTED_PATHS = [
  "email", "*.email", "password", "*.password", "passwordHash", "*.passwordHash",
  "name", "*.name", "firstName", "*.firstName", "lastName", "*.lastName",
  "phone", "*.phone", "birthDate", "*.birthDate", "postcode", "*.postcode",
  "address", "*.address", "street", "*.street", "bsn", "*.bsn",
  "gender", "*.gender", "cvFileName", "*.cvFileName",
  "ip", "*.ip", "headers.cookie", "headers.authorization", "*.headers.cookie", "*.headers.authorization",
];

export function createLogger(destination?: DestinationStream) {
  const options = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { app: "werkcentrum" },
    redact: { paths: REDACTED_PATHS, censor: "[verwijderd]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();
