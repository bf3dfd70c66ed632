import nodemailer from 'nodemailer';

/** A plain-text message to one person. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends it (true), or returns false when no SMTP server is configured (the caller's record of the event stays). */
  send(mail: Mail): Promise<boolean>;
}

/**
 * Email through the company's SMTP server (`SMTP_URL`, e.g. smtp://user:pass@mail.example.com:587),
 * from `MAIL_FROM`. Without SMTP_URL nothing is sent: notifications also show in the app.
 */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (!options.smtpUrl) return { send: async () => false };
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
      return true;
    },
  };
}
