import { describe, expect, it, vi } from "vitest";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { orNotFound } from "./or-not-found";

const NOT_FOUND_PAGE = new Error("the 404 page");
const notFound = vi.hoisted(() => vi.fn());
vi.mock("next/navigation", () => ({ notFound }));
notFound.mockImplementation(() => {
  throw NOT_FOUND_PAGE;
});

const failWith = (error: unknown) => () => Promise.reject(error);

describe("orNotFound", () => {
  it("returns the value of a read that succeeds", async () => {
    await expect(orNotFound(async () => "dossier")).resolves.toBe("dossier");
    expect(notFound).not.toHaveBeenCalled();
  });

  it("shows the 404 page for NOT_FOUND and FORBIDDEN by default", async () => {
    for (const code of ["NOT_FOUND", "FORBIDDEN"] as const) {
      notFound.mockClear();
      await expect(orNotFound(failWith(new AppError(code)))).rejects.toBe(NOT_FOUND_PAGE);
      expect(notFound).toHaveBeenCalledOnce();
    }
  });

  it("rethrows every other app error and any other error unchanged", async () => {
    notFound.mockClear();
    const others: AppErrorCode[] = ["UNAUTHENTICATED", "INVALID_INPUT", "CONFLICT", "RATE_LIMITED"];
    for (const error of [...others.map((code) => new AppError(code)), new Error("database down"), "not an error"]) {
      await expect(orNotFound(failWith(error))).rejects.toBe(error);
    }
    expect(notFound).not.toHaveBeenCalled();
  });

  it("maps only the codes it is given", async () => {
    notFound.mockClear();
    const forbidden = new AppError("FORBIDDEN");
    await expect(orNotFound(failWith(forbidden), ["NOT_FOUND"])).rejects.toBe(forbidden);
    expect(notFound).not.toHaveBeenCalled();
    await expect(orNotFound(failWith(new AppError("NOT_FOUND")), ["NOT_FOUND"])).rejects.toBe(NOT_FOUND_PAGE);
    expect(notFound).toHaveBeenCalledOnce();
  });
});
