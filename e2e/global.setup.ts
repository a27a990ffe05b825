import { test as setup } from "@playwright/test";
import { demoInstructor, demoStudent, instructorState, signIn, studentState } from "./fixtures/accounts";

// Signs the demo student and instructor in once; specs reuse the saved sessions.
setup("sign in demo accounts", async ({ browser }) => {
  for (const [account, file] of [
    [demoStudent, studentState],
    [demoInstructor, instructorState],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account);
    await context.storageState({ path: file });
    await context.close();
  }
});
