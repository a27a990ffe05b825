import type { OutboxEntry } from "@/lib/domain/review/outbox";
import type { OutboxStore } from "./outbox-store";

// The one way in to the outbox: adding a review, sending, and taking a review back run one at a
// time, in the order asked. Without this, an undo pressed just after a grade could read the store
// while a send was starting, find the review still there and take it back locally, while the send
// had already put it on the wire: the server kept a review the learner had undone.

export type OutboxDoor = {
  add(entry: OutboxEntry): Promise<void>;
  // Runs `send` after whatever is under way; a flush asked while a send runs shares that send.
  flush<T>(send: () => Promise<T>): Promise<T>;
  // Takes a review back if no send took it yet (true); a send under way ends first.
  takeBack(reviewId: string): Promise<boolean>;
};

export function outboxDoor(store: OutboxStore): OutboxDoor {
  let chain: Promise<unknown> = Promise.resolve();
  let sending: Promise<unknown> | null = null;
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    add: (entry) => exclusive(() => store.add(entry)),
    flush<T>(send: () => Promise<T>): Promise<T> {
      sending ??= exclusive(send).finally(() => {
        sending = null;
      });
      return sending as Promise<T>;
    },
    takeBack: (reviewId) =>
      exclusive(async () => {
        if (!(await store.list()).some((e) => e.reviewId === reviewId)) return false;
        await store.remove([reviewId]);
        return true;
      }),
  };
}
