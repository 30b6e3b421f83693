/**
 * The quickscan's part of `drukklaar score`: read a CSV of answers, score it, and draw
 * the result report. The command finds the document, brand and files; this says what
 * the answers mean.
 */
import { QuickscanReportLayout } from '../../../layouts/quickscan-report.js';
import type { ScoredAnswers } from '../facts.js';
import { parseAnswers } from './answers.js';
import type { QuickscanModel } from './model.js';
import { scoreAnswers } from './score.js';

/**
 * Score the answers of several respondents to a quickscan.
 * @param model the quickscan
 * @param bytes the CSV file: one row per respondent, one column per item id
 * @param answersName the file's name, for diagnostics with row and column
 */
export function scoreAnswersFile(model: QuickscanModel, bytes: Uint8Array, answersName: string): ScoredAnswers {
  const parsed = parseAnswers(bytes, answersName, model);
  if (!parsed.sheet) return { diagnostics: parsed.diagnostics };
  const report = scoreAnswers(model, parsed.sheet);
  return {
    summary: `${report.respondents} respondents, mean ${report.mean === undefined ? '–' : report.mean.toFixed(2)}`,
    report: ({ brand, language, answersName: name, date }) => QuickscanReportLayout({ model, report, brand, language, answersName: name, date }),
  };
}
