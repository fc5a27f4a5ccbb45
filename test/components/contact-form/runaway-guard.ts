/**
 * Turns a runaway loop of MutationObservers into a test failure. Two widgets rewriting each other's
 * light DOM forever run in microtasks only, so the tab freezes: no timer fires again, not even the
 * test's timeout, and the whole runner hangs. While the guard is on, observers created stop after
 * `limit` callbacks within one task (counted again from 0 whenever a timer gets to run), and
 * `tripped` tells the test that it happened.
 */
export function guardAgainstRunawayObservers(limit = 500) {
  const Original = window.MutationObserver;
  const guarded: MutationObserver[] = [];
  let callbacksInThisTask = 0;
  let countResetPending = false;
  let tripped = false;

  class GuardedMutationObserver extends Original {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        if (tripped) return;
        if (!countResetPending) {
          countResetPending = true;
          setTimeout(() => {
            callbacksInThisTask = 0;
            countResetPending = false;
          });
        }
        callbacksInThisTask += 1;
        if (callbacksInThisTask > limit) {
          tripped = true;
          for (const one of guarded) one.disconnect();
          return;
        }
        callback(records, observer);
      });
      guarded.push(this);
    }
  }

  window.MutationObserver = GuardedMutationObserver;
  return {
    get tripped() {
      return tripped;
    },
    restore() {
      window.MutationObserver = Original;
    },
  };
}
