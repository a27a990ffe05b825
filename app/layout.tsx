import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getSessionUser } from "@/lib/server/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Retain", template: "%s · Retain" },
  description: "Quizzes and spaced-repetition flashcards on U.S. immigration enforcement, with every answer traced to its source.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The root layout: header, then the page in a readable column.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-slate-900">
          Skip to content
        </a>
        <SiteHeader user={user} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
