import "server-only";
import nodemailer from "nodemailer";

// Outgoing mail. SMTP_URL (e.g. smtp://user:pass@smtp.example.com:587) says where to send it and
// MAIL_FROM who it is from. With no SMTP_URL (development) the mail is printed to the server log
// instead, so that links can be followed from there.

export type Mail = { to: string; subject: string; text: string };

// Sends one mail, or prints it when no SMTP server is configured.
export async function sendMail(mail: Mail): Promise<void> {
  const url = process.env.SMTP_URL;
  const from = process.env.MAIL_FROM || "Retain <no-reply@localhost>";
  if (!url) {
    console.info(`[mail] SMTP_URL is not set; this mail was printed, not sent.\nFrom: ${from}\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[mail] end`);
    return;
  }
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from, ...mail });
  } finally {
    transport.close();
  }
}
