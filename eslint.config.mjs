import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `const { dropped, ...rest } = row` is how a field is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["tests/**"],
    rules: {
      // Tests read JSON bodies of many shapes and assert on their fields; typing each one adds nothing.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    ".scratch/**",
    "lib/generated/**",
    "next-env.d.ts",
    "export/**",
    "bench/out/**",
  ]),
]);
