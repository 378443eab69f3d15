import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { isDatabaseUnavailable } from "./db-unavailable";

function prismaError(code: string, message: string, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.3", meta });
}

describe("isDatabaseUnavailable (finding 15.9)", () => {
  it("recognises every way an unreachable or restarting PostgreSQL shows itself", () => {
    const seen = [
      prismaError("P1001", "Can't reach database server at 127.0.0.1:5432"),
      prismaError("P1017", "Server has closed the connection."),
      prismaError("P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`"),
      prismaError("P2010", "Raw query failed", { code: "57P01", message: "terminating connection due to administrator command" }),
      prismaError("P2024", "x", { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } } }),
      prismaError("P2010", "x", { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03" } } }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("the database system is shutting down"), { code: "57P03" }),
      new Error("wrapped", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) }),
      new Error("timeout exceeded when trying to connect"),
    ];
    for (const error of seen) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("does not take ordinary failures for an outage", () => {
    const ordinary = [
      prismaError("P2002", "Unique constraint failed"),
      prismaError("P2025", "Record not found"),
      prismaError("P2010", "Raw query failed", { code: "42501", message: "permission denied for table AuditLog" }),
      new Error("Cannot read properties of undefined"),
      "a string",
      null,
      undefined,
      { code: 42 },
    ];
    for (const error of ordinary) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });
});
