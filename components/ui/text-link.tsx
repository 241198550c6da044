import Link from "next/link";
import type { AnchorHTMLAttributes } from "react";

import { cx } from "./cx";
import { textLinkClass, type Underline } from "./text-link-class";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string;
  underline?: Underline;
  /** opens in a new tab (with rel="noreferrer") */
  newTab?: boolean;
};

const isOurPage = (href: string) => href.startsWith("/") && !href.startsWith("//");

/**
 * The indigo text link. Our pages go through next/link; other sites,
 * #anchors, downloads and new tabs are a plain <a>.
 */
export function TextLink({ href, underline, newTab, className, ...props }: Props) {
  const classes = cx(textLinkClass(underline), className);
  if (isOurPage(href) && !newTab && props.download === undefined) {
    return <Link href={href} className={classes} {...props} />;
  }
  const external = !isOurPage(href) && !href.startsWith("#");
  return (
    <a
      href={href}
      className={classes}
      target={newTab ? "_blank" : undefined}
      rel={newTab || external ? "noreferrer" : undefined}
      {...props}
    />
  );
}
