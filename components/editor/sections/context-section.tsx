"use client";

import { memo } from "react";

import { EditorSection } from "../editor-section";
import { TextInput } from "../form-controls";
import type { EditorForm, FormSetter } from "../form-model";
import { TokenListInput } from "../token-list-input";

interface Props {
  environment: EditorForm["environment"];
  authors: string[];
  tags: string[];
  set: FormSetter;
}

export const ContextSection = memo(function ContextSection({ environment, authors, tags, set }: Props) {
  const setEnv = (patch: Partial<EditorForm["environment"]>) => set("environment", (env) => ({ ...env, ...patch }));
  return (
    <EditorSection
      id="context"
      title="Where and who"
      description="The environment it happened in, who wrote this, and tags to find it by."
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <TextInput
          path="environment.cloudProvider"
          label="Cloud provider"
          value={environment.cloudProvider}
          onChange={(v) => setEnv({ cloudProvider: v })}
          placeholder="Alibaba Cloud"
        />
        <TextInput
          path="environment.region"
          label="Region"
          value={environment.region}
          onChange={(v) => setEnv({ region: v })}
          placeholder="cn-hangzhou"
        />
        <TextInput
          path="environment.platform"
          label="Platform"
          value={environment.platform}
          onChange={(v) => setEnv({ platform: v })}
          placeholder="ACK, CCE, self-built Kubernetes"
        />
      </div>
      <TokenListInput
        path="environment.components"
        label="Components"
        noun="component"
        values={environment.components}
        onChange={(v) => setEnv({ components: v })}
        placeholder="Kong, SLB, kube-proxy"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TokenListInput
          path="authors"
          label="Authors"
          noun="author"
          values={authors}
          onChange={(v) => set("authors", v)}
          placeholder="Name or handle"
        />
        <TokenListInput
          path="tags"
          label="Tags"
          noun="tag"
          values={tags}
          onChange={(v) => set("tags", v)}
          placeholder="quota, dns"
        />
      </div>
    </EditorSection>
  );
});
