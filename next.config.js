// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WebAssembly packages stay outside the bundle (Turbopack cannot bundle them).
  serverExternalPackages: ["@node-rs/argon2", "@libsql/client", "libsql", "pg", "@open-spaced-repetition/binding"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for the wrong role.
    authInterrupts: true,
  },
  typedRoutes: false,
};

module.exports = nextConfig;
