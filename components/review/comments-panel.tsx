"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { LocalTime } from "@/components/history/local-time";
import { authoringApi, type Comment } from "@/components/postmortem/authoring-api";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { ApiError } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

type Comments = { comments: Comment[] };

/** Review comments: newest last; yours appears at once and is marked until the server has it. */
export function CommentsPanel({ slug, userName, role }: { slug: string; userName: string; role: string }) {
  const client = useQueryClient();
  const key = queryKeys.comments(slug);
  const [body, setBody] = useState("");
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => authoringApi.comments(slug, signal),
    refetchInterval: 60_000,
  });
  const mutation = useMutation({
    mutationFn: (text: string) => authoringApi.addComment(slug, text),
    onMutate: async (text) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Comments>(key);
      const pending: Comment = {
        id: `pending-${Date.now()}`,
        body: text,
        createdAt: new Date().toISOString(),
        author: { name: userName, role },
      };
      client.setQueryData<Comments>(key, { comments: [...(previous?.comments ?? []), pending] });
      setBody("");
      return { previous, text };
    },
    onError: (_error: ApiError, _text, context) => {
      client.setQueryData(key, context?.previous);
      // The comment goes back into the box: nothing typed is lost.
      if (context) setBody((current) => (current ? `${context.text}\n\n${current}` : context.text));
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  const comments = query.data?.comments ?? [];

  return (
    <section
      aria-labelledby="comments-heading"
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-950"
    >
      <h2 id="comments-heading" className="text-base font-semibold">
        Review comments{" "}
        {comments.length ? (
          <span className="font-normal text-zinc-600 dark:text-zinc-400">({comments.length})</span>
        ) : null}
      </h2>
      {query.isPending ? <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Loading comments…</p> : null}
      {query.error ? (
        <p className="mt-2 text-sm text-red-800 dark:text-red-300">
          Comments could not be loaded: {query.error.message}
        </p>
      ) : null}
      {query.data && comments.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          No comments yet. Reviewers: say what is missing or unclear.
        </p>
      ) : null}
      <ol className="mt-3 space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-900">
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              <strong className="font-semibold text-zinc-800 dark:text-zinc-200">
                {comment.author?.name ?? "A removed account"}
              </strong>
              {comment.author ? ` (${comment.author.role})` : ""} ·{" "}
              {comment.id.startsWith("pending-") ? "sending…" : <LocalTime iso={comment.createdAt} />}
            </p>
            <p className="mt-1 wrap-anywhere whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      <form
        className="mt-3 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) mutation.mutate(body.trim());
        }}
      >
        <label htmlFor="new-comment" className="block text-sm font-medium">
          Add a comment
        </label>
        <Textarea
          id="new-comment"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          rows={3}
          aria-describedby={mutation.error ? "comment-error" : undefined}
        />
        {mutation.error ? (
          <p id="comment-error" className="text-sm text-red-800 dark:text-red-300">
            Not sent: {mutation.error.message}. Your comment is back in the box.
          </p>
        ) : null}
        <Button type="submit" disabled={!body.trim()}>
          Comment
        </Button>
      </form>
    </section>
  );
}
