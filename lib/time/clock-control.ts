/**
 * Whether the demo clock (decision 009) may run. `CLOCK_CONTROL=on` alone is refused: it also needs demo mode
 * (`DEMO_MODE=on`, set only by `npm start` on its embedded database and by the e2e server) or an explicit
 * `TRAINING_ENVIRONMENT=on`, so one stray variable cannot move a production portal's time (finding 15.8).
 */
export type ClockControlMode = "off" | "on" | "refused";

type Environment = Partial<Record<string, string | undefined>>;

export function clockControlMode(env: Environment = process.env): ClockControlMode {
  if (env.CLOCK_CONTROL !== "on") return "off";
  return env.DEMO_MODE === "on" || env.TRAINING_ENVIRONMENT === "on" ? "on" : "refused";
}

export const CLOCK_CONTROL_REFUSED_MESSAGE =
  "CLOCK_CONTROL=on is geweigerd: de demoklok mag alleen aan in demomodus (DEMO_MODE=on) of in een " +
  "trainingsomgeving (TRAINING_ENVIRONMENT=on). Haal CLOCK_CONTROL weg in productie. De server start niet.";

export const CLOCK_CONTROL_ON_MESSAGE =
  "LET OP: de demoklok staat aan (CLOCK_CONTROL=on). Een beheerder kan de tijd van het portaal vooruitzetten " +
  "op /beheer/klok. Nooit in productie.";
