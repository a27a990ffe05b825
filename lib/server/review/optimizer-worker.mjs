// The FSRS optimizer's native calls, run in a child process of the app (see optimizer.ts): a Rust
// panic inside fsrs-rs aborts the process it runs in, and that must never be the web server.
// Says "ready", receives one job over IPC, answers once, exits. The handshake matters: a message
// sent before this module has attached its listener would be lost (ES modules load asynchronously).
import { createRequire } from "node:module";

process.once("message", async (job) => {
  try {
    const binding = createRequire(import.meta.url)("@open-spaced-repetition/binding-linux-x64-gnu");
    const toItems = (items) => items.map((reviews) => new binding.FSRSBindingItem(reviews.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
    const fitted = await binding.computeParameters(toItems(job.items), job.options);
    const testSet = toItems(job.evaluate);
    const current = new binding.FSRSBinding(job.currentWeights).evaluate(testSet);
    const fittedEvaluation = new binding.FSRSBinding(fitted).evaluate(testSet);
    process.send({ ok: true, fitted, current, fittedEvaluation }, () => process.exit(0));
  } catch (error) {
    process.send({ ok: false, message: error instanceof Error ? error.message : String(error) }, () => process.exit(0));
  }
});

process.send({ ready: true });
