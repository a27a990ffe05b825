import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// An SMTP server in the test process that keeps every mail it receives, so tests can read the mail
// the app sent and follow its links. Quoted-printable soft line breaks and "=3D" are undone.

export type CapturedMail = { to: string; text: string };

// Starts the server on `port` (0: any free port); `inbox` fills as mail arrives, and `onMail` (when
// given) hears of each mail too.
export async function startSmtpInbox(port = 0, onMail?: (mail: CapturedMail) => void): Promise<{ inbox: CapturedMail[]; port: number; close: () => Promise<void> }> {
  const inbox: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8").replace(/=\r?\n/g, "").replace(/=3D/g, "=");
        const mail = { to: session.envelope.rcptTo.map((r) => r.address).join(","), text };
        inbox.push(mail);
        onMail?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { inbox, port: (server.server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
