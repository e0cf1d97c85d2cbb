import { ImportButton } from '@/features/import';
import { LibraryActions } from '@/features/library';
import { CopyLinkButton, PresentButton } from '@/features/present';
import { ShareButton } from '@/features/share';

/** Buttons beside the switches (present, datasets, import) — each feature adds its own. */
export function HeaderActions() {
  return (
    <>
      <LibraryActions />
      <ImportButton />
      <PresentButton />
      <CopyLinkButton />
      <ShareButton />
    </>
  );
}
