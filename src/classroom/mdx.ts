/**
 * Component maps for projecting lessons. The audience map swaps <TrainerNote> for a component that
 * renders nothing: notes are absent from the projector page's HTML, not merely hidden.
 */
import { mdxComponents } from '../components/mdx';
import Nothing from './Nothing.astro';
import PresenterCaseLink from './PresenterCaseLink.astro';

export const presenterComponents = { ...mdxComponents, CaseLink: PresenterCaseLink };
export const audienceComponents = { ...mdxComponents, TrainerNote: Nothing };
