import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Slides are laid out at this size and scaled to fit, so a slide looks the same on any screen. */
export const STAGE = { width: 960, height: 540 } as const;

/**
 * Fits a 16:9 slide into whatever box it is given (projector, laptop, the
 * presenter view's thumbnails): scaled, centred, letterboxed, never scrolling.
 */
export function SlideStage({ children, className = '' }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const next = Math.min(element.clientWidth / STAGE.width, element.clientHeight / STAGE.height);
      // jsdom and hidden boxes measure 0: keep the natural size rather than vanish.
      if (next > 0) setScale(next);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  return (
    <div ref={box} className={`relative h-full w-full overflow-hidden ${className}`}>
      <div
        data-slide-scale={scale}
        className="absolute left-1/2 top-1/2"
        style={{ width: STAGE.width, height: STAGE.height, transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
