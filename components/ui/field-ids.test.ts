import { describe, expect, it } from "vitest";
import { fieldControlProps } from "./field-ids";

describe("fieldControlProps", () => {
  it("links hint and error to the control and marks it invalid", () => {
    expect(fieldControlProps("email", { hint: true, error: true })).toEqual({
      id: "email",
      "aria-describedby": "email-hint email-fout",
      "aria-invalid": true,
    });
  });

  it("adds nothing when there is no hint or error", () => {
    expect(fieldControlProps("naam", {})).toEqual({ id: "naam" });
    expect(fieldControlProps("naam", { hint: true })).toEqual({ id: "naam", "aria-describedby": "naam-hint" });
  });
});
