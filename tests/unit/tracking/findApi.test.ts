import { describe, expect, it } from 'vitest';
import { findApi, type WindowLike } from '../../../src/tracking/findApi';

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });

/** A chain of frames: index 0 is the course, the last one the top window (its parent is itself). */
function chain(depth: number, at: Record<number, Record<string, unknown>> = {}): WindowLike[] {
  const wins: WindowLike[] = Array.from({ length: depth }, (_, i) => ({ ...at[i] }));
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  return wins;
}

describe('findApi', () => {
  it('finds API in the window itself or up the parents', () => {
    const own = api12();
    expect(findApi(chain(1, { 0: { API: own } })[0]!, 'API')).toBe(own);
    const lms = api12();
    expect(findApi(chain(5, { 3: { API: lms } })[0]!, 'API')).toBe(lms);
  });

  it('looks for API_1484_11 separately, nearest first', () => {
    const near = api2004(), far = api2004();
    const wins = chain(4, { 1: { API_1484_11: near, API: api12() }, 3: { API_1484_11: far } });
    expect(findApi(wins[0]!, 'API_1484_11')).toBe(near);
  });

  it('ignores objects that are not an API', () => {
    const wins = chain(3, { 1: { API: { hello: 1 } }, 2: { API: api12() } });
    expect(findApi(wins[0]!, 'API')).toBe(wins[2]!.API);
  });

  it('stops after the hop limit', () => {
    const wins = chain(12, { 11: { API: api12() } });
    expect(findApi(wins[0]!, 'API', 10)).toBeNull();
    expect(findApi(wins[0]!, 'API', 11)).toBe(wins[11]!.API);
  });

  it('tries the opener and its parents when the frames have none (a pop-up launch)', () => {
    const openerChain = chain(3, { 2: { API_1484_11: api2004() } });
    const popup = chain(2);
    popup[1]!.opener = openerChain[0];
    expect(findApi(popup[1]!, 'API_1484_11')).toBe(openerChain[2]!.API_1484_11);
    // Only the launching window's opener counts when the course frame itself has none.
    popup[0]!.opener = openerChain[0];
    expect(findApi(popup[0]!, 'API_1484_11')).toBe(openerChain[2]!.API_1484_11);
  });

  it('survives a cross-origin parent and answers null when there is no LMS', () => {
    const course: WindowLike = {};
    const foreign = new Proxy({}, { get() { throw new DOMException('Blocked a frame', 'SecurityError'); } }) as WindowLike;
    course.parent = foreign;
    expect(findApi(course, 'API')).toBeNull();
    const lonely = chain(3);
    expect(findApi(lonely[0]!, 'API')).toBeNull();
    const throwingParent = { get parent(): WindowLike { throw new Error('denied'); } } as WindowLike;
    expect(findApi(throwingParent, 'API')).toBeNull();
  });
});
