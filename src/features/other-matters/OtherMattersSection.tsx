import { useTranslation } from 'react-i18next';
import { SectionFrame } from '@/components/SectionFrame';

/** Scaffold: the section frame only; its content lands with its own change. */
export function OtherMattersSection({ id }: { id: string }) {
  const { t } = useTranslation();
  return <SectionFrame id={id} title={t('section.other')}>{null}</SectionFrame>;
}
