"use client";

import { useEffect, useState } from "react";

/**
 * The id of the section being read: the last, in page order, whose top has
 * passed 40% of the viewport's height (the first while none has). The
 * observer only says when a section crosses that line; the answer is then
 * read from where the sections are.
 */
export function useActiveSection(ids: string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join(" ");

  useEffect(() => {
    const sections = key
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => !!el);
    const update = () => {
      const line = window.innerHeight * 0.4;
      const passed = sections.filter((section) => section.getBoundingClientRect().top <= line);
      setActive((passed.at(-1) ?? sections[0])?.id ?? null);
    };
    const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -60% 0px" });
    for (const section of sections) observer.observe(section);
    return () => observer.disconnect();
  }, [key]);

  return active;
}
