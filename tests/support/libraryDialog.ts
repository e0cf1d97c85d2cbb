/** Driving the library dialog as a user does: open it, rename a dataset from the keyboard. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

export async function renameInLibrary(from: string, to: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: '管理数据集' }));
  const dialog = await screen.findByRole('dialog', { name: '数据集' });
  await userEvent.click(within(dialog).getByRole('button', { name: `改名：${from}` }));
  const input = within(dialog).getByRole('textbox');
  await userEvent.clear(input);
  await userEvent.type(input, `${to}{Enter}`);
  return dialog;
}
