import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "./free-port";
import { answerOutagesCalmly } from "./answer-outages-calmly";
import { databaseUnavailableCheck } from "./database-unavailable-check";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const servers: Server[] = [];

async function serve(handler: Handler, databaseUnavailable: () => Promise<boolean>): Promise<string> {
  const server = createServer(answerOutagesCalmly(handler, databaseUnavailable));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const failingPage: Handler = (_request, response) => {
  response.statusCode = 500;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Content-Length", "26");
  response.write("<p>Er ging iets mis");
  response.end("</p>\n\n\n");
};

/** Like Next's compression: it keeps references to the response's methods and puts its own in their place. */
const compressingPage: Handler = (_request, response) => {
  const write = response.write.bind(response) as (chunk: string) => boolean;
  const end = response.end.bind(response) as () => ServerResponse;
  let body = "";
  response.write = function write(chunk: unknown) {
    body += String(chunk);
    return true;
  } as ServerResponse["write"];
  response.end = function end_(chunk?: unknown) {
    if (chunk) body += String(chunk);
    write(body.toUpperCase());
    return end();
  } as ServerResponse["end"];
  // Next sends the headers before it streams a page.
  response.flushHeaders();
  response.write("<p>begin</p>");
  response.end("<p>einde</p>");
};

describe("answerOutagesCalmly (finding 15.9)", () => {
  it("leaves methods that the handler wrapped in place, so a compressed page arrives whole", async () => {
    const url = await serve(compressingPage, async () => false);
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<P>BEGIN</P><P>EINDE</P>");
  });

  it("turns a 500 into 503 with Retry-After and the calm Dutch page while the database is unreachable", async () => {
    const url = await serve(failingPage, async () => true);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.text();
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain("Het portaal is even niet bereikbaar");
    expect(body).not.toContain("Er ging iets mis");
  });

  it("also when the handler sends its status with writeHead", async () => {
    const url = await serve((_request, response) => {
      response.writeHead(500, { "Content-Type": "text/plain" }).end("kapot");
    }, async () => true);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("even niet bereikbaar");
  });

  it("leaves a 500 as it was when the database answers (a real bug stays visible)", async () => {
    const url = await serve(failingPage, async () => false);
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("<p>Er ging iets mis</p>\n\n\n");
  });

  it("streams every other response untouched and never asks about the database for it", async () => {
    let asked = 0;
    const url = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/plain" });
      response.write("eerste ");
      setTimeout(() => response.end("tweede"), 20);
    }, async () => {
      asked += 1;
      return true;
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("eerste tweede");
    const notFound = await serve((_request, response) => {
      response.statusCode = 404;
      response.end("weg");
    }, async () => true);
    expect((await fetch(notFound)).status).toBe(404);
    expect(asked).toBe(0);
  });
});

describe("databaseUnavailableCheck", () => {
  it("reports a database where nothing listens as unavailable", async () => {
    const check = databaseUnavailableCheck(`postgresql://nobody:x@127.0.0.1:${await findFreePort()}/none`);
    expect(await check()).toBe(true);
  });
});
