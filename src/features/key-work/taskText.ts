/** A task's and a step's words in the current language (English when the file has it). */
import type { MilestoneModel, TaskFigure, TaskModel } from '@/domain/model';
import type { Formatter } from '@/i18n/formatter';

export const taskTitle = (task: TaskModel, format: Formatter) => format.name({ name: task.title, nameEn: task.titleEn });
export const taskSummary = (task: TaskModel, format: Formatter) => format.name({ name: task.summary, nameEn: task.summaryEn });
export const stepLabel = (step: MilestoneModel, format: Formatter) => format.name({ name: step.label, nameEn: step.labelEn });
export const figureLabel = (figure: TaskFigure, format: Formatter) => format.name({ name: figure.label, nameEn: figure.labelEn });
