import { useLayoutEffect, useRef, type Ref, type TextareaHTMLAttributes } from 'react';

/** Chromium (123+) sizes a text area to its text with CSS `field-sizing: content` (see styles.css). */
const sizesItself = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/**
 * A text area that grows with its text, so a long answer is read and edited whole, without an
 * inner scroll bar. CSS does it where the browser can; elsewhere the height follows the text here.
 */
export function GrowingTextarea({
  ref,
  className,
  value,
  rows = 3,
  style,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const inner = useRef<HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    const element = inner.current;
    if (sizesItself || !element) return;
    element.style.height = 'auto';
    if (element.scrollHeight > 0) element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      {...props}
      rows={rows}
      // Sized to its text, the area still starts at `rows` lines (1.5 line height, padding, border).
      style={{ minHeight: `calc(${rows * 1.5}em + 0.9rem + 2px)`, ...style }}
      value={value}
      className={className ? `growing ${className}` : 'growing'}
      ref={(element) => {
        inner.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
    />
  );
}
