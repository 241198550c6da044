import { ButtonLink } from "@/components/ui/button-link";
import { PageMessage } from "@/components/ui/page-message";

export default function LimitNotFound() {
  return (
    <PageMessage
      title="No such limit"
      action={
        <ButtonLink href="/limits" size="lg">
          See every limit
        </ButtonLink>
      }
    >
      There is no limit with this id in the catalog. It may have been renamed.
    </PageMessage>
  );
}
