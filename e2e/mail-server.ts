import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { smtpPort } from "../playwright.config";
import { startSmtpInbox } from "../tests/smtp-inbox";
import { mailDir } from "./fixtures/mail";

// Playwright's global set-up: one SMTP server for the whole run, where the app under test sends its
// mail (SMTP_URL in playwright.config.ts). Each mail is written to a file that the specs read
// (e2e/fixtures/mail.ts). Returns the teardown.
export default async function startMailServer(): Promise<() => Promise<void>> {
  fs.rmSync(mailDir, { recursive: true, force: true });
  fs.mkdirSync(mailDir, { recursive: true });
  const smtp = await startSmtpInbox(smtpPort, (mail) => {
    fs.writeFileSync(path.join(mailDir, `${Date.now().toString().padStart(15, "0")}-${randomUUID()}.json`), JSON.stringify(mail));
  });
  return smtp.close;
}
