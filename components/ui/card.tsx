import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";

export type CardProps = {
  title: ReactNode;
  /** With href the whole title becomes the link (one link per card, no nested links). */
  href?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
  className?: string;
};

/** A bordered block with a heading; used for result lists and the doors on the home page. */
export function Card({ title, href, headingLevel = 2, children, className }: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={cx("rounded-sm border-2 border-line-light bg-white p-5", href && "hover:border-brand", className)}>
      <Heading className={headingLevel === 2 ? "text-2xl" : "text-xl"}>{href ? <Link href={href}>{title}</Link> : title}</Heading>
      {children ? <div className="mt-2">{children}</div> : null}
    </div>
  );
}
