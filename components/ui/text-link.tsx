import { Link } from "@/components/ui/link";
import type { ComponentProps, ReactNode } from "react";

// A link in running text or beside a heading: underlined in the brand colour, with a tap target of
// at least 44 px on touch screens (`tap`).
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={["tap text-brand-700 underline dark:text-brand-100", className].filter(Boolean).join(" ")} />;
}

// The way back up, above a page's title (the class an assignment belongs to, the set being edited).
export function BackLink({ href, children }: { href: ComponentProps<typeof Link>["href"]; children: ReactNode }) {
  return (
    <p>
      <TextLink href={href}>{children}</TextLink>
    </p>
  );
}
