import type { CategoryNode } from '@/domain/model';
import type { Formatter } from '@/i18n/formatter';

interface BreadcrumbProps {
  trail: CategoryNode[];
  format: Formatter;
  labels: { nav: string; all: string };
  onGo: (node: CategoryNode | undefined) => void;
  /** The current level's label: focus lands there after a drill step removes what was clicked. */
  currentId?: string;
}

/** 全部 › 类 › 款: every level above the current one is a button back to it. */
export function Breadcrumb({ trail, format, labels, onGo, currentId }: BreadcrumbProps) {
  const steps: { key: string; label: string; node: CategoryNode | undefined }[] = [
    { key: '', label: labels.all, node: undefined },
    ...trail.map((node) => ({ key: node.id, label: format.name(node), node })),
  ];
  return (
    <nav aria-label={labels.nav} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {steps.map((step, index) => {
          const current = index === steps.length - 1;
          return (
            <li key={step.key} className="flex items-center gap-1">
              {index > 0 ? (
                <span aria-hidden="true" className="text-ink-soft">
                  ›
                </span>
              ) : null}
              {current ? (
                <span id={currentId} tabIndex={-1} aria-current="location" className="rounded px-1 font-semibold">
                  {step.label}
                </span>
              ) : (
                <button
                  type="button"
                  onClick={() => onGo(step.node)}
                  className="rounded px-1 text-accent-strong underline decoration-dotted underline-offset-4 hover:decoration-solid"
                >
                  {step.label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
