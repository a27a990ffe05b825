import { test as setup } from "@playwright/test";
import { demoInstructor, demoStudent, instructorState, signIn, studentState } from "./fixtures/accounts";

// Signs the demo student and instructor in once; specs reuse the saved sessions.
setup("sign in demo accounts", async ({ browser }) => {
  // Sign-in lands instructors in the teaching area, learners on the dashboard.
  for (const [account, file, home] of [
    [demoStudent, studentState, /\/dashboard$/],
    [demoInstructor, instructorState, /\/teach$/],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account, home);
    await context.storageState({ path: file });
    await context.close();
  }
});
