import { CopyLinkButton, PresentButton } from '@/features/present';

/** Buttons beside the switches (present, datasets, import) — each feature adds its own. */
export function HeaderActions() {
  return (
    <>
      <PresentButton />
      <CopyLinkButton />
    </>
  );
}
