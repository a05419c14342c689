/**
 * Work on the page in slices under a frame budget (as Dark Reader does): `due()` says the slice has used its time,
 * `pause()` lets the page render and handle input before the next one, and resolves false once the work was cancelled.
 */

export interface Slicer {
  due(): boolean;
  pause(): Promise<boolean>;
}

/** Milliseconds of our work per frame: a frame is ~16 ms, and the page needs the rest. */
export const SLICE_MS = 8;
/** A hidden tab renders no frames: wait for one at most this long before going on. */
const FRAME_WAIT_MS = 50;

export function createSlicer(win: Window, cancelled: () => boolean, budgetMs = SLICE_MS): Slicer {
  let sliceStart = win.performance.now();
  return {
    due: () => win.performance.now() - sliceStart >= budgetMs,
    async pause() {
      // After the next frame has rendered (or soon, where none renders), in a task of its own.
      await new Promise<void>((resolve) => {
        let done = false;
        const go = () => {
          if (done) return;
          done = true;
          win.setTimeout(resolve, 0);
        };
        win.requestAnimationFrame(go);
        win.setTimeout(go, FRAME_WAIT_MS);
      });
      sliceStart = win.performance.now();
      return !cancelled();
    },
  };
}
