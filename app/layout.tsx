import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Werkcentrum Gooi en Vechtstreek", template: "%s | Werkcentrum Gooi en Vechtstreek" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
