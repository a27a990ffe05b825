import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // `const { weights, ...rest } = settings` names what it leaves out.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  // Components reach the browser, and a value imported from zod or a schema module puts zod in the
  // page's bundle (it once added 29 KB gzip to /account). Parse on the server and pass values down.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "Components ship to the browser: use zod on the server and pass the result as props.", allowTypeImports: true }],
          patterns: [
            { group: ["@/lib/schemas/*"], message: "Components ship to the browser: import schema values on the server and pass them as props (type imports are fine).", allowTypeImports: true },
            // Server actions are the components' way in; anything else of the server's comes as props.
            { group: ["@/lib/server/*", "!@/lib/server/actions"], message: "Components take server data as props from their page: import types only (client-safe values live in lib/view).", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  // Links prefetch their page on the intent to follow them, not as soon as they are on screen
  // (each visible link's prefetch is parsed right after hydration and costs blocking time).
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use Link from @/components/ui/link: it prefetches on intent." }] }] },
  },
  // Client-safe code for components: nothing of the server's, not even its types.
  {
    files: ["lib/view/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/server/*", "@/lib/generated/*", "next/headers", "server-only"], message: "lib/view is imported by components in the browser: no server code here." }] }],
    },
  },
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "data/**", "playwright-report/**", "test-results/**", "bench/db-engines/node_modules/**", "next-env.d.ts"],
  },
];

export default config;
