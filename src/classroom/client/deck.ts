/**
 * The slides built at build time (SlideDeck.astro), shown one at a time. Type is sized in container
 * units, so a slide looks the same in the presenter's frame and on the projector; `fitSlide` then
 * shrinks the type of a slide that is still too full for the screen it is on.
 */

export function deckSlides(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-deck] > [data-slide]')];
}

const MIN_FIT = 0.5;

/** Shrinks the slide's type step by step until its content fits (the slide must be visible). */
export function fitSlide(slide: HTMLElement | undefined): void {
  if (!slide || slide.hidden) return;
  const inner = slide.querySelector<HTMLElement>('.slide__inner') ?? slide;
  let fit = 1;
  slide.style.setProperty('--fit', '1');
  // Overflow shows as content taller than the slide box; 10 steps at most, each one layout.
  while (fit > MIN_FIT && inner.scrollHeight > slide.clientHeight + 1) {
    fit = Math.round((fit - 0.05) * 100) / 100;
    slide.style.setProperty('--fit', String(fit));
  }
  slide.dataset.fit = String(fit);
}

export function showSlide(slides: HTMLElement[], index: number): void {
  slides.forEach((s, i) => {
    const on = i === index;
    if (s.hidden === on) s.hidden = !on;
  });
  fitSlide(slides[index]);
}

/**
 * A still copy of a slide for the "next slide" preview: no ids (they would repeat), nothing focusable
 * or clickable, hidden from assistive technology (the preview is a visual aid for the trainer).
 */
export function renderPreview(target: HTMLElement, slide: HTMLElement | undefined): void {
  target.replaceChildren();
  if (!slide) return;
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.hidden = false;
  copy.removeAttribute('aria-label');
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  copy.querySelectorAll('input, button, select, textarea').forEach((el) => el.remove());
  copy.querySelectorAll('a').forEach((a) => {
    const span = document.createElement('span');
    span.className = a.className;
    span.append(...a.childNodes);
    a.replaceWith(span);
  });
  copy.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  target.append(copy);
  fitSlide(copy);
}

/** Title of a slide as the counter and the preview caption read it. */
export function slideTitle(slide: HTMLElement | undefined): string {
  return slide?.dataset.title ?? '';
}

/** Re-fits the visible slides when the window or the full-screen state changes. */
export function refitOnResize(getVisible: () => (HTMLElement | undefined)[]): void {
  let frame = 0;
  const refit = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => getVisible().forEach(fitSlide));
  };
  window.addEventListener('resize', refit);
  document.addEventListener('fullscreenchange', refit);
}
