/** Words the simulator views share (zh-CN). Outcome kinds as the learner reads them. */
import type { DebriefItem, OutcomeKind } from '../types';

export const OUTCOME_LABEL: Record<OutcomeKind, string> = {
  win: '赢得结果',
  partial: '部分达成',
  loss: '失利',
  compliance: '合规失败',
};

export const VERDICT_LABEL: Record<DebriefItem['verdict'], { icon: string; text: string }> = {
  good: { icon: '✓', text: '做得好' },
  ok: { icon: '○', text: '可以更好' },
  bad: { icon: '✗', text: '失误' },
  violation: { icon: '!', text: '违规' },
};
