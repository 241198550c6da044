import { ButtonLink } from "@/components/ui/button-link";
import { PageMessage } from "@/components/ui/page-message";

export default function PatternNotFound() {
  return (
    <PageMessage
      title="No such failure pattern"
      action={
        <ButtonLink href="/patterns" size="lg">
          See every failure pattern
        </ButtonLink>
      }
    >
      There is no pattern at this address. It may have been renamed or merged into another one.
    </PageMessage>
  );
}
