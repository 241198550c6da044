import { ButtonLink } from "@/components/ui/button-link";
import { PageMessage } from "@/components/ui/page-message";

export default function NotFound() {
  return (
    <PageMessage
      title="Not found"
      action={
        <ButtonLink href="/" size="lg">
          Back to all postmortems
        </ButtonLink>
      }
    >
      There is no page at this address. It may have been renamed, or it was never published.
    </PageMessage>
  );
}
