import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Werkcentrum Gooi en Vechtstreek", template: "%s | Werkcentrum Gooi en Vechtstreek" },
  description:
    "Het Werkcentrum is één loket van UWV, de gemeenten en partners in Gooi en Vechtstreek voor werkgevers, werkzoekenden en werkenden.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3f75" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request's nonce makes every page render per request, so Next can put this
  // request's CSP nonce (set by proxy.ts) on its scripts. Static pages could not carry it.
  (await headers()).get("x-nonce");

  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col bg-white">
        <SkipLink />
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus-visible:shadow-none focus-visible:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
