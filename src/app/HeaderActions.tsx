import { ImportButton } from '@/features/import';
import { LibraryActions } from '@/features/library';
import { CopyLinkButton, PresentButton } from '@/features/present';

/** Buttons beside the switches (present, datasets, import) — each feature adds its own. */
export function HeaderActions() {
  return (
    <>
      <LibraryActions />
      <ImportButton />
      <PresentButton />
      <CopyLinkButton />
    </>
  );
}
