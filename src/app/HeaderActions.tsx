import { LibraryActions } from '@/features/library';
import { CopyLinkButton, PresentButton } from '@/features/present';

/** Buttons beside the switches (present, datasets, import) — each feature adds its own. */
export function HeaderActions() {
  return (
    <>
      <LibraryActions />
      <PresentButton />
      <CopyLinkButton />
    </>
  );
}
