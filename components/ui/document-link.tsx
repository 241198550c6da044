import type { AnchorHTMLAttributes } from "react";

/**
 * A plain link, loaded as a whole page, for the filters of a cached page
 * (`/?tag=…`, `/patterns/x?origin=…`). Those differ from the page shown only
 * in their query string, which Next's client router does not expect to change
 * a static page, so a client-side navigation would keep the old list; a whole
 * page is answered from the page cache anyway. No prefetching either (each
 * filter link would render its variant on the server).
 */
export function DocumentLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
