// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useContent } from '../../src/shared/use-content';

function Island({ content, set, log }: { content: string; set: (c: string) => void; log?: string[] }) {
  useContent(set, content);
  log?.push('render');
  return <p>{content}</p>;
}

describe('useContent', () => {
  it('hands the content to the store on the first render, before the island renders', () => {
    const order: string[] = [];
    const set = vi.fn((c: string) => order.push(`set ${c}`));
    render(<Island content="words" set={(c) => set(c)} log={order} />);
    expect(set).toHaveBeenCalledWith('words');
    expect(order).toEqual(['set words', 'render']);
  });

  it('sets it once however often the island renders again', () => {
    const set = vi.fn();
    const { rerender } = render(<Island content="words" set={set} />);
    rerender(<Island content="words" set={set} />);
    rerender(<Island content="words" set={set} />);
    expect(set).toHaveBeenCalledTimes(1);
  });
});
