import type { Finding } from '@/domain/findings';
import { FindingItem } from './FindingItem';

interface FindingListProps {
  heading?: string;
  findings: readonly Finding[];
  isRelated: (finding: Finding) => boolean;
  /** Denser rows, for the long list of checks that agree. */
  compact?: boolean;
}

export function FindingList({ heading, findings, isRelated, compact = false }: FindingListProps) {
  const list = (
    <ul className={`mt-2 flex flex-col ${compact ? 'gap-1' : 'gap-2'}`}>
      {findings.map((f) => (
        <FindingItem key={f.id} finding={f} related={isRelated(f)} compact={compact} />
      ))}
    </ul>
  );
  if (!heading) return list;
  return (
    <div>
      <h3 className="text-lg font-semibold">{heading}</h3>
      {list}
    </div>
  );
}
