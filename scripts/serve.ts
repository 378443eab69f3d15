/**
 * The portal's HTTP server, used by `npm start` and the e2e server instead of `next start`: Next.js's own request
 * handler, wrapped so that a page failing while the database is unreachable is answered 503 with Retry-After and a
 * calm Dutch page instead of 500 (scripts/lib/answer-outages-calmly.ts, finding 15.9, decision 028).
 * Usage: `tsx scripts/serve.ts [--dev] <port>` with the environment `next start` would get (NODE_ENV, DATABASE_URL, …).
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { answerOutagesCalmly } from "./lib/answer-outages-calmly";
import { databaseUnavailableCheck } from "./lib/database-unavailable-check";
import { stampPeerAddress } from "./lib/stamp-peer-address";

const ROOT = path.join(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.argv.filter((argument) => /^\d+$/.test(argument))[0] ?? process.env.PORT ?? 3000);

// The app runs in this process, so it knows the peer-address header below is written by us (decision 022).
process.env.PEER_ADDRESS_STAMPED = "on";
const app = next({ dev, dir: ROOT, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(answerOutagesCalmly((request, response) => {
  stampPeerAddress(request);
  return handle(request, response);
}, databaseUnavailableCheck(process.env.DATABASE_URL ?? "")));
server.listen(port, () => console.log(`Het portaal luistert op poort ${port}${dev ? " (ontwikkelmodus)" : ""}.`));

async function stop() {
  server.close();
  await app.close().catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
