// The same page rendered on every request, for HINDSIGHT_PAGE_CACHE=off (proxy.ts sends
// reading pages here then; otherwise /live answers 404): what bench:pages compares the cache with.
export { default, generateMetadata } from "../../../home/[filter]/page";
export const dynamic = "force-dynamic";
