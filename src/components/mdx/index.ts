// Components every lesson and case may use without importing them (passed to <Content components={…} />).
import Callout from './Callout.astro';
import TrainerNote from './TrainerNote.astro';
import Checklist from './Checklist.astro';
import Steps from './Steps.astro';
import CaseLink from './CaseLink.astro';

export const mdxComponents = { Callout, TrainerNote, Checklist, Steps, CaseLink };
