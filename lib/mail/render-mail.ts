import "server-only";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { portalBaseUrl } from "./mail-config";

export type RenderedMail = { subject: string; text: string; html: string };

export type MailContent = {
  subject: string;
  /** Short paragraphs of plain Dutch; never personal data of residents (decision 015). */
  paragraphs: string[];
  /** A button into the portal: a same-origin path such as "/meldingen". */
  action?: { label: string; path: string };
};

const SIGNATURE = "Met vriendelijke groet,\nWerkcentrum Gooi en Vechtstreek";
const FOOTER = "Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

/** One mail in plain text and HTML, every value escaped in the HTML; links always point into the portal. */
export function renderMail(content: MailContent, baseUrl = portalBaseUrl()): RenderedMail {
  const path = content.action ? safeReturnPath(content.action.path) : null;
  if (content.action && !path) throw new Error("mail links must be paths inside the portal");
  const url = path ? `${baseUrl.replace(/\/+$/, "")}${path}` : null;

  const text = [
    "Beste,",
    ...content.paragraphs,
    ...(url && content.action ? [`${content.action.label}: ${url}`] : []),
    SIGNATURE,
    `-- \n${FOOTER}`,
  ].join("\n\n");

  const paragraphs = content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
  const button =
    url && content.action
      ? `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`
      : "";
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#111827">
<p>Beste,</p>
${paragraphs}
${button}
<p>Met vriendelijke groet,<br>Werkcentrum Gooi en Vechtstreek</p>
<p style="font-size:13px;color:#4b5563">${escapeHtml(FOOTER)}</p>
</body>
</html>`;

  return { subject: content.subject, text, html };
}
