/** Buttons beside the switches (present, datasets, import) — each feature adds its own. */
export function HeaderActions() {
  return null;
}
