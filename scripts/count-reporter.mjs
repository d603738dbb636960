// A node:test reporter that writes {passed, failed} for the run, counting tests, not suites.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    const type = event.data?.details?.type;
    if (event.type === 'test:pass' && type !== 'suite' && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail' && type !== 'suite') failed++;
    // A file that fails to load surfaces as a failing top-level "test" named after the file.
    if (event.type === 'test:fail' && type === 'suite' && event.data.details?.error?.failureType === 'hookFailed') failed++;
  }
  yield JSON.stringify({ passed, failed });
}
