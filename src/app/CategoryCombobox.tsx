import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { categoryOptions } from '@/domain/categoryOptions';
import { CATEGORY_PATH_SEPARATOR, type CategoryNode } from '@/domain/model';
import type { Formatter } from '@/i18n/formatter';
import { FIELD_BOX, FIELD_INPUT, FIELD_LABEL, FIELD_ROW, FIELD_TOGGLE } from './comboboxField';

/** 'all' is the first choice: no filter. */
type Choice = CategoryNode | 'all';

interface CategoryComboboxProps {
  all: readonly CategoryNode[];
  selected: CategoryNode | undefined;
  format: Formatter;
  onChoose: (id: string | undefined) => void;
}

/**
 * The one category filter: a combobox (Downshift) that lists a bounded number of
 * 类/款/项 and finds any of them by name. Type to search, ↑/↓ to move, Enter chooses,
 * Escape closes; each match under a 类 shows its path so same-named 项 differ.
 */
export function CategoryCombobox({ all, selected, format, onChoose }: CategoryComboboxProps) {
  const { t } = useTranslation();
  const toText = (choice: Choice | null) => (choice === null ? '' : choice === 'all' ? t('filter.all') : format.name(choice));
  const selectedChoice: Choice = selected ?? 'all';
  // Downshift owns the box's text (a controlled value lags fast typing); this copy filters the list.
  const [typed, setTyped] = useState(() => toText(selectedChoice));
  // The chosen name in the box is not a query: opening the list then shows everything.
  const query = typed === toText(selectedChoice) ? '' : typed;
  const { options, more } = useMemo(() => categoryOptions(all, query), [all, query]);
  const items: Choice[] = query ? options : ['all', ...options];

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getToggleButtonProps, getMenuProps, getItemProps } = useCombobox<Choice>({
    items,
    selectedItem: selectedChoice,
    initialInputValue: toText(selectedChoice),
    itemToString: toText,
    itemToKey: (choice) => (choice === 'all' || choice === null ? '' : choice.id),
    onInputValueChange: (changes) => setTyped(changes.inputValue),
    onSelectedItemChange: ({ selectedItem }) => onChoose(selectedItem === null || selectedItem === 'all' ? undefined : selectedItem.id),
    getA11yStatusMessage: (state) => (state.isOpen ? t('filter.status', { count: format.count(options.length + more) }) : ''),
    // Escape and leaving the box put the chosen name back rather than clearing the filter.
    stateReducer: (state: UseComboboxState<Choice>, { type, changes }: UseComboboxStateChangeOptions<Choice>) => {
      if (type === useCombobox.stateChangeTypes.InputKeyDownEscape) return { ...changes, selectedItem: state.selectedItem, inputValue: toText(state.selectedItem) };
      if (type === useCombobox.stateChangeTypes.InputBlur && changes.selectedItem === state.selectedItem) return { ...changes, inputValue: toText(state.selectedItem) };
      return changes;
    },
  });

  return (
    <div className={FIELD_ROW}>
      <label {...getLabelProps()} className={FIELD_LABEL}>
        {t('filter.label')}
      </label>
      <div className={`${FIELD_BOX} focus-within:ring-2 focus-within:ring-accent`}>
        <input
          {...getInputProps()}
          placeholder={t('filter.searchPlaceholder')}
          className={FIELD_INPUT}
        />
        <button {...getToggleButtonProps()} type="button" aria-label={t('filter.toggle')} className={`${FIELD_TOGGLE} hover:bg-canvas`}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <div hidden={!isOpen} className="absolute right-0 top-full z-30 mt-1 w-[28rem] max-w-[90vw] rounded border border-line bg-paper shadow-lg">
        <ul {...getMenuProps({ 'aria-label': t('filter.label') })} className="m-0 max-h-80 list-none overflow-y-auto p-0 py-1">
          {isOpen
            ? items.map((choice, index) => (
                <li
                  key={choice === 'all' ? '' : choice.id}
                  {...getItemProps({ item: choice, index })}
                  className={`cursor-pointer px-3 py-1.5 ${index === highlightedIndex ? 'bg-sky/20' : ''} ${choice === selectedChoice ? 'font-semibold' : ''}`}
                  style={choice !== 'all' && !query ? { paddingLeft: `${0.75 + choice.depth}rem` } : undefined}
                >
                  {toText(choice)}
                  {choice !== 'all' && query && choice.depth > 0 ? (
                    <span className="block text-xs font-normal text-ink-soft">{choice.id.split(CATEGORY_PATH_SEPARATOR).slice(0, -1).join(' › ')}</span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
        {isOpen && query && items.length === 0 ? <p className="m-0 px-3 py-1.5 text-ink-soft">{t('filter.noMatch', { query: query.trim() })}</p> : null}
        {isOpen && more > 0 ? <p className="m-0 border-t border-line px-3 py-1.5 text-xs text-ink-soft">{t(query ? 'filter.more' : 'filter.moreBrowse', { count: format.count(more) })}</p> : null}
      </div>
    </div>
  );
}
