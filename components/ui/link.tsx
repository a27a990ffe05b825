"use client";

import NextLink from "next/link";
import { useState, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

// next/link, prefetching its page on the intent to follow it (the pointer over it, a touch, keyboard
// focus) instead of as soon as it is on screen. Prefetching every link in view parsed a payload per
// link while the page was still starting (the longest tasks after hydration in Lighthouse's traces);
// the intent comes a few hundred milliseconds before the click, early enough for the same quick
// navigation. A link given an explicit `prefetch` keeps it. This is the hover-triggered prefetch of
// Next's prefetching guide (`prefetch` false until the intent, then the default); it reads no router,
// so the link also renders where none is mounted (pages rendered in tests).
export function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const [intended, setIntended] = useState(false);
  if (prefetch !== undefined && prefetch !== null) return <NextLink prefetch={prefetch} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} {...props} />;
  return (
    <NextLink
      {...props}
      prefetch={intended ? null : false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        setIntended(true);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        setIntended(true);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        setIntended(true);
      }}
    />
  );
}
