/**
 * Runs `run` in a task of its own once the next frame has been drawn (requestAnimationFrame, then a
 * task posted from it), so work started there never runs ahead of the paint the reader is waiting
 * for; where there are no frames (jsdom), in the next task. Returns a cancel function.
 */
export function afterNextFrame(run: () => void): () => void {
  let handle: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === 'undefined') {
    handle = setTimeout(run, 0);
    return () => clearTimeout(handle);
  }
  const frame = requestAnimationFrame(() => (handle = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(handle);
  };
}
