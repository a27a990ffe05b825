import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "data/**", "playwright-report/**", "test-results/**", "bench/db-engines/node_modules/**", "next-env.d.ts"],
  },
];

export default config;
