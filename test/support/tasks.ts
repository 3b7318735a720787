/**
 * Waiting in a browser test a task at a time: not `setTimeout`, because a test page in a background tab (two files at
 * once) has its timers throttled to one a second or slower, and a message channel is not.
 */

/** Resolves after pending tasks ran. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/**
 * Waits a task at a time until `ready()` holds; fails after `ms` milliseconds (5 s unless told). Bounded by time: a
 * task takes microseconds, so a bound by count would end the wait long before a module that loads over the network
 * (an error's meaning, a call's code) has arrived on a busy machine. The count (5,000,000) only stops a clock that
 * does not move.
 */
export async function waitForTasks(ready: () => unknown | Promise<unknown>, what: () => string, ms = 5000) {
  const start = performance.now();
  let tasks = 0;
  for (; tasks < 5_000_000 && performance.now() - start < ms; tasks++) {
    if (await ready()) return;
    await nextTask();
  }
  if (await ready()) return;
  throw new Error(`${what()} after ${Math.round(performance.now() - start)} ms (${tasks} tasks)`);
}
