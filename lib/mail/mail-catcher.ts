import { SMTPServer } from "smtp-server";
import { parseMailSource } from "./parse-mail-source";

/**
 * The local SMTP catcher of demo mode (`npm start` without SMTP_URL), also the real SMTP server of the
 * outbox tests. It accepts every message on 127.0.0.1 without TLS or login and hands it to `onMail`.
 * No `server-only`: the start script runs it outside Next.
 */
export type CaughtMessage = { envelopeFrom: string; envelopeTo: string[]; subject: string; text: string; raw: string };

export type RunningMailCatcher = { port: number; close: () => Promise<void> };

export async function startMailCatcher({
  port = 0,
  onMail,
}: {
  port?: number;
  onMail: (message: CaughtMessage) => Promise<void> | void;
}): Promise<RunningMailCatcher> {
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const { subject, text } = parseMailSource(raw);
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        Promise.resolve()
          .then(() => onMail({ envelopeFrom, envelopeTo, subject, text, raw }))
          .then(
            () => callback(),
            (error: unknown) => callback(error instanceof Error ? error : new Error("could not store the mail")),
          );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return { port: boundPort, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
