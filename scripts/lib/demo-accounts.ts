export { DEMO_ACCOUNTS } from "../../lib/auth/demo-accounts";

export const DEMO_PASSWORD = "Werkcentrum2026!";
