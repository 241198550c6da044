import "server-only";

import { db } from "@/lib/db";

export interface CommentItem {
  id: string;
  body: string;
  createdAt: Date;
  author: { name: string; role: string } | null;
}

const select = { id: true, body: true, createdAt: true, author: { select: { name: true, role: true } } } as const;

/** Review comments on a postmortem, oldest first (a conversation). */
export function listComments(postmortemId: string): Promise<CommentItem[]> {
  return db.comment.findMany({ where: { postmortemId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select });
}

export function addComment(postmortemId: string, authorId: string, body: string): Promise<CommentItem> {
  return db.comment.create({ data: { postmortemId, authorId, body }, select });
}
