import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ServiceWorker } from '@/components/offline/service-worker';
import './globals.css';

export const metadata: Metadata = {
  title: '年报助手 · 政府信息公开工作年度报告',
  description: '按国办公开办函〔2021〕30号格式填写、校验并导出政府信息公开工作年度报告。数据只保存在本机浏览器中。',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
