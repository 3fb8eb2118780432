import { Intro } from '@/components/home/intro';

export default function HomePage() {
  return <Intro />;
}
