'use client';
import { useEffect, useRef } from 'react';

/** The clipboard, where the browser allows it (not on a plain-http intranet page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Where the clipboard is closed: the code selected in a box, to copy with Ctrl+C. */
export function CopyFallback({ text, onClose }: { text: string; onClose: () => void }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, []);
  return (
    <div className="space-y-2 rounded border border-stone-400 bg-white p-3">
      <label htmlFor="copy-fallback" className="block text-sm">
        浏览器不允许自动复制。代码已选中，请按 Ctrl+C 复制：
      </label>
      <textarea id="copy-fallback" ref={box} readOnly rows={6} className="w-full rounded border border-stone-400 font-mono text-xs" value={text} />
      <button type="button" className="rounded border border-stone-500 px-2 py-1 text-sm" onClick={onClose}>
        关闭
      </button>
    </div>
  );
}
