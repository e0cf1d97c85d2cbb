import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { CATEGORY_PATH_SEPARATOR, type CategoryNode } from '@/domain/model';
import type { Formatter } from '@/state/useFormat';

/** Matches shown at once: enough to choose from, few enough to draw instantly. */
const MAX_SHOWN = 20;

interface CategorySearchProps {
  nodes: readonly CategoryNode[];
  format: Formatter;
  onChoose: (id: string) => void;
}

/**
 * Finds any 类/款/项 by name, for budgets with more categories than a list can hold
 * (thousands of 项). An ARIA 1.2 combobox: type, move with ↑/↓, Enter chooses, Escape
 * closes; each match shows its path so same-named 项 under different 款 differ.
 */
export function CategorySearch({ nodes, format, onChoose }: CategorySearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const needle = query.trim().toLowerCase();
  const matches = useMemo(
    () => (needle ? nodes.filter((n) => n.name.toLowerCase().includes(needle) || (n.nameEn?.toLowerCase().includes(needle) ?? false)) : []),
    [nodes, needle],
  );
  const shown = matches.slice(0, MAX_SHOWN);
  const expanded = open && needle !== '';

  const choose = (node: CategoryNode | undefined) => {
    if (!node) return;
    onChoose(node.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (shown.length > 0) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="sr-only">
        {t('filter.search')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && shown[active] ? `${id}-option-${active}` : undefined}
        value={query}
        placeholder={t('filter.searchPlaceholder')}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-56 rounded border border-line bg-paper px-2 py-1.5"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('filter.search')}
        hidden={!expanded}
        className="absolute right-0 z-30 mt-1 max-h-80 w-96 max-w-[90vw] overflow-y-auto rounded border border-line bg-paper py-1 shadow-lg"
      >
        {shown.map((node, index) => (
          // Keyboard users choose through the combobox (↑/↓, Enter, aria-activedescendant); the click is for pointers.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={node.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(node)}
            className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-sky/20' : ''}`}
          >
            <span className="font-medium">{format.name(node)}</span>
            {node.depth > 0 ? <span className="block text-xs text-ink-soft">{node.id.split(CATEGORY_PATH_SEPARATOR).slice(0, -1).join(' › ')}</span> : null}
          </li>
        ))}
        {expanded && matches.length === 0 ? <li className="px-3 py-1.5 text-ink-soft">{t('filter.noMatch', { query: query.trim() })}</li> : null}
        {matches.length > MAX_SHOWN ? <li className="px-3 py-1.5 text-xs text-ink-soft">{t('filter.more', { count: matches.length - MAX_SHOWN })}</li> : null}
      </ul>
    </div>
  );
}
