import { effectivePurpose, MarkedCategory } from './material-purpose';

describe('effectivePurpose', () => {
  const categories: MarkedCategory[] = [
    { path: '法规', purpose: 'exam' },
    { path: '法规/许可', purpose: null },
    { path: '法规/许可/练习', purpose: 'practice' },
    { path: '法规学习', purpose: null },
  ];

  it('follows the bank when neither the category nor an ancestor is marked', () => {
    expect(effectivePurpose('法规学习', categories, 'practice')).toBe('practice');
    expect(effectivePurpose(null, categories, 'exam')).toBe('exam');
  });

  it("takes a marked ancestor's marking over the bank's", () => {
    expect(effectivePurpose('法规/许可', categories, 'practice')).toBe('exam');
  });

  it('takes the nearest marking, so a practice corner of an exam-reserved category stays practice', () => {
    expect(effectivePurpose('法规/许可/练习', categories, 'exam')).toBe('practice');
  });

  it('does not treat a category whose name merely starts like another as its child', () => {
    expect(effectivePurpose('法规学习', categories, 'practice')).toBe('practice');
  });
});
