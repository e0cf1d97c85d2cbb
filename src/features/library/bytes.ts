/** File sizes as people read them: 512 B, 38.2 KB, 30.0 MB. */
import { formatDecimal } from '@/i18n/format';
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index += 1;
  }
  const digits = index === 0 ? 0 : 1;
  return `${formatDecimal(value, digits, digits)} ${units[index]}`;
}
