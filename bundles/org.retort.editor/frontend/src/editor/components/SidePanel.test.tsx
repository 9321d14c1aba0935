import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import report from '../../test/fixtures/validate-problems.json';
import type { ValidationProblem } from '../../api/types';
import { ProblemList } from './SidePanel';

describe('validation problems', () => {
  it('lists a real validation report, each problem located on its node', () => {
    const onFocusNode = vi.fn();
    render(<ProblemList problems={report.problems as ValidationProblem[]} onFocusNode={onFocusNode} />);
    expect(screen.getByTestId('validation-problems').textContent).toContain('4 problems');
    expect(screen.getByTestId('problem-node-standardize').textContent).toBe('standardize (bogus)');
    expect(screen.getByTestId('problem-node-write').textContent).toBe('write.in');
    fireEvent.click(screen.getByTestId('problem-node-x'));
    expect(onFocusNode).toHaveBeenCalledWith('x');
  });
});
