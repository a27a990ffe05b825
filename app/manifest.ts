import type { MetadataRoute } from "next";

// The web app manifest: the name and icons a phone uses when the app is added to its home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Retain",
    short_name: "Retain",
    description: "Quizzes and spaced-repetition flashcards on U.S. immigration enforcement.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1f5fd1",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
