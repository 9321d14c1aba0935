import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

describe('node docs Markdown', () => {
  it('renders headings, tables, lists and code', () => {
    const { container } = render(<Markdown source={'# Title\n\nSome `code` and **bold**.\n\n| a | b |\n|---|---|\n| 1 | `x` |\n\n- one\n- two\n\n```\nraw <b>\n```'} />);
    expect(container.querySelector('h3')?.textContent).toBe('Title');
    expect(container.querySelectorAll('td').length).toBe(2);
    expect(container.querySelectorAll('li').length).toBe(2);
    expect(container.querySelector('pre')?.textContent).toBe('raw <b>');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
  });

  it('never turns text into markup, and drops script links', () => {
    const { container } = render(<Markdown source={'<img src=x onerror=alert(1)> [click](javascript:alert(1)) [docs](https://example.org/x)'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/x']);
  });
});
