/** The visible exam clock. Time runs from the attempt's start, so a reload does not reset it. */
import { useEffect, useRef, useState } from 'react';
import { formatClock, remainingSeconds, warningFor } from './timer';

interface Props {
  startedAt: string;
  minutes: number;
  onExpire(): void;
  announce(message: string): void;
}

export function Countdown({ startedAt, minutes, onExpire, announce }: Props) {
  const [left, setLeft] = useState(() => remainingSeconds(startedAt, minutes, new Date()));
  const prev = useRef(left);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    const tick = () => {
      const now = remainingSeconds(startedAt, minutes, new Date());
      const warn = warningFor(prev.current, now);
      if (warn) announce(`还剩 ${warn / 60} 分钟。`);
      prev.current = now;
      setLeft(now);
      if (now <= 0) expire.current();
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [startedAt, minutes, announce]);

  return (
    <p className={`quiz-timer${left <= 300 ? ' quiz-timer--low' : ''}`}>
      <span>剩余时间</span>{' '}
      <span role="timer" aria-label={`剩余时间 ${formatClock(left)}`} className="quiz-timer__clock">
        {formatClock(left)}
      </span>
    </p>
  );
}
