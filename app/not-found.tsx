import { ClosestToAddress } from "@/components/not-found/closest-to-address";
import { ButtonLink } from "@/components/ui/button-link";

/**
 * Any address nothing serves (and a cached page's missing slug): the
 * postmortems whose slug or title is closest to it, and the search box. Nothing
 * here depends on the request, so a reading page's 404 can be cached.
 */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-8 py-12">
      <div className="text-center">
        <p className="mb-2 text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">404</p>
        <h1 className="text-2xl font-semibold">Not found</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          There is no page at this address. It may have been renamed, or it was never published.
        </p>
      </div>

      <ClosestToAddress />

      <p className="text-center">
        <ButtonLink href="/" variant="secondary">
          Back to all postmortems
        </ButtonLink>
      </p>
    </div>
  );
}
