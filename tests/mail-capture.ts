import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSmtpInbox, type CapturedMail } from "@/tests/smtp-inbox";

// For a vitest file about mail: an in-process SMTP server the app sends to for the whole file
// (SMTP_URL, MAIL_FROM and NEXTAUTH_URL=https://retain.test set meanwhile), emptied before each test.
export function captureMail(): CapturedMail[] {
  const inbox: CapturedMail[] = [];
  let close = async () => {};
  beforeAll(async () => {
    const smtp = await startSmtpInbox(0, (mail) => inbox.push(mail));
    close = smtp.close;
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    process.env.MAIL_FROM = "Retain <no-reply@retain.test>";
    process.env.NEXTAUTH_URL = "https://retain.test";
  });
  afterAll(async () => {
    await close();
    delete process.env.SMTP_URL;
    delete process.env.NEXTAUTH_URL;
  });
  beforeEach(() => {
    inbox.length = 0;
  });
  return inbox;
}
