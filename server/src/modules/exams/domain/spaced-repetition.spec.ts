import { nextCard } from './spaced-repetition';

const now = new Date('2026-12-01T08:00:00Z');
const days = (d: Date) => (d.getTime() - now.getTime()) / 86_400_000;

describe('错题本 spaced repetition', () => {
  it('brings a question answered right back later each time', () => {
    const first = nextCard({ box: 1, dueAt: now }, 'correct', now);
    expect([first.box, days(first.dueAt)]).toEqual([2, 2]);
    const second = nextCard(first, 'correct', now);
    expect([second.box, days(second.dueAt)]).toEqual([3, 4]);
  });

  it('sends a wrong answer back to the first box, to retry in ten minutes', () => {
    const card = nextCard({ box: 4, dueAt: now }, 'incorrect', now);
    expect(card.box).toBe(1);
    expect(card.dueAt.getTime() - now.getTime()).toBe(10 * 60_000);
    expect(nextCard(card, 'partial', now).box).toBe(1);
  });

  it('counts a question as mastered in the last box', () => {
    expect(nextCard({ box: 4, dueAt: now }, 'correct', now)).toMatchObject({ box: 5, mastered: true });
  });
});
