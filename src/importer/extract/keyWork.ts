/**
 * Key work (重点工作): the numbered items under the key-work heading become tasks.
 * An item's title is its first phrase ("（一）政策宣传全覆盖。…"), or the item's
 * own heading; deeper items and plain paragraphs belong to the task above them.
 */
import type { Task } from '@/data/budgetSchema';
import { KEY_WORK_HEADING } from '../context';
import type { Block } from '../structure';
import { splitSentences } from '../tokens';
import { findMilestones } from './milestones';

interface Draft {
  title: string;
  body: string[];
}

const SUMMARY_MIN = 80;
const SUMMARY_MAX = 220;

function splitTitle(text: string): { title: string; rest: string } {
  const stop = /[。：:！!]/.exec(text);
  if (stop && stop.index > 0 && stop.index <= 30) return { title: text.slice(0, stop.index).trim(), rest: text.slice(stop.index + 1).trim() };
  const comma = /[，,；;]/.exec(text);
  if (comma && comma.index > 0 && comma.index <= 20) return { title: text.slice(0, comma.index).trim(), rest: text.slice(comma.index + 1).trim() };
  return { title: text.length <= 30 ? text : `${text.slice(0, 29)}…`, rest: text.length <= 30 ? '' : text };
}

function summaryOf(body: string): string {
  let out = '';
  for (const s of splitSentences(body)) {
    if (out.length >= SUMMARY_MIN) break;
    out += s;
  }
  return out.length > SUMMARY_MAX ? `${out.slice(0, SUMMARY_MAX - 1)}…` : out;
}

const ENUMERATED = /(?:^|[。；;，,])\s*(?:[一二三四五六七八九十]+是)/g;

/** "一是…；二是…；三是…" in running text: each part is a task, its first phrase the title. */
function enumeratedDrafts(blocks: readonly Block[], headingLevel: number): Draft[] {
  const drafts: Draft[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= headingLevel) break;
    const marks = [...block.text.matchAll(ENUMERATED)];
    if (marks.length < 2) continue;
    marks.forEach((m, i) => {
      // A part runs from after its "N是" to the clause mark before the next one.
      const part = block.text
        .slice(m.index + m[0].length, marks[i + 1]?.index ?? block.text.length)
        .replace(/[。；;，,]+$/, '')
        .trim();
      const { title, rest } = splitTitle(part);
      if (title) drafts.push({ title, body: rest ? [rest] : [] });
    });
  }
  return drafts;
}

/** The key-work heading: the deepest heading that names it and is not the 职能 heading. */
function keyWorkHeadingIndex(blocks: readonly Block[]): number {
  return blocks.findIndex((b) => b.kind === 'heading' && KEY_WORK_HEADING.test(b.text) && !/职能|职责/.test(b.text));
}

export function extractKeyWork(blocks: readonly Block[], year: number): Task[] | undefined {
  const at = keyWorkHeadingIndex(blocks);
  if (at < 0) return undefined;
  const heading = blocks[at]!;
  const drafts: Draft[] = [];
  let taskLevel: number | undefined;
  let taskKind: Block['kind'] | undefined;
  for (const block of blocks.slice(at + 1)) {
    if (block.kind === 'heading' && block.level <= heading.level) break;
    const opensTask =
      (block.kind === 'heading' || block.kind === 'item') &&
      (taskLevel === undefined || (block.kind === taskKind && block.level <= taskLevel) || (block.kind === 'heading' && taskKind === 'item'));
    if (opensTask) {
      taskLevel = block.level;
      taskKind = block.kind;
      const { title, rest } = block.kind === 'heading' ? { title: block.text, rest: '' } : splitTitle(block.text);
      drafts.push({ title, body: rest ? [rest] : [] });
      continue;
    }
    const current = drafts[drafts.length - 1];
    if (current) current.body.push(block.marker ? `${block.marker}${block.text}` : block.text);
  }
  if (drafts.length === 0) drafts.push(...enumeratedDrafts(blocks.slice(at + 1), heading.level));
  return drafts
    .filter((d) => d.title.length > 0)
    .map((d, i) => {
      const id = `kw-${i + 1}`;
      const body = d.body.join('');
      return { id, title: d.title, summary: summaryOf(body), milestones: findMilestones(`${d.title}。${body}`, year, id) };
    });
}
