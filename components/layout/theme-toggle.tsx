"use client";

import { useEffect, useSyncExternalStore } from "react";

type Theme = "light" | "dark" | "system";
const order: Theme[] = ["system", "light", "dark"];
const labels: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

const themeEvent = "hindsight:theme";

function storedTheme(): Theme {
  const stored = localStorage.getItem("theme");
  return stored === "light" || stored === "dark" ? stored : "system";
}

function subscribeToTheme(onChange: () => void) {
  window.addEventListener(themeEvent, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(themeEvent, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** Cycles system → light → dark; the choice is kept in localStorage. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeToTheme, storedTheme, () => "system" as const);

  useEffect(() => {
    const stored = localStorage.getItem("theme");
    // Pages rendered without the head script (a not-found streamed into a
    // dynamic route) get the class here.
    const dark = stored === "dark" || (stored !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
  }, []);

  const next = () => {
    const value = order[(order.indexOf(theme) + 1) % order.length]!;
    if (value === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", value);
    window.dispatchEvent(new Event(themeEvent));
    const dark = value === "dark" || (value === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
  };

  return (
    <button
      type="button"
      onClick={next}
      className="rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`${labels[theme]} (click to change)`}
      title={labels[theme]}
    >
      {theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}
    </button>
  );
}

/** Runs before paint so a dark page never flashes white. */
export const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;
