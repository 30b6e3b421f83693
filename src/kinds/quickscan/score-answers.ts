/**
 * The quickscan's part of `drukklaar score`: read a CSV of answers, score it, and draw
 * the result report. The command finds the document, brand and files; this says what
 * the answers mean.
 */
import { QuickscanReportLayout } from '../../../layouts/quickscan-report.js';
import type { ScoredAnswers } from '../facts.js';
import { combineSheets, parseAnswers, type AnswerSheet } from './answers.js';
import type { QuickscanModel } from './model.js';
import { scoreAnswers } from './score.js';

/**
 * Score the answers of several respondents to a quickscan, from one or more files.
 * @param model the quickscan (its ids are those of every language version)
 * @param files the CSV files: one row per respondent, one column per item (its id or its statement)
 * @param versions its other language versions, whose scale labels the answers may use
 */
export function scoreAnswersFile(model: QuickscanModel, files: readonly { bytes: Uint8Array; name: string }[], versions: readonly QuickscanModel[] = []): ScoredAnswers {
  const sheets: AnswerSheet[] = [];
  for (const f of files) {
    const parsed = parseAnswers(f.bytes, f.name, model, versions);
    if (!parsed.sheet) return { diagnostics: parsed.diagnostics };
    sheets.push(parsed.sheet);
  }
  const sheet = combineSheets(sheets);
  const report = scoreAnswers(model, sheet);
  return {
    ...(sheet.warnings?.length ? { warnings: sheet.warnings } : {}),
    summary: `${report.respondents} respondents, mean ${report.mean === undefined ? '–' : report.mean.toFixed(2)}`,
    report: ({ brand, language, answersName: name, date }) => QuickscanReportLayout({ model, report, brand, language, answersName: name, date }),
  };
}
