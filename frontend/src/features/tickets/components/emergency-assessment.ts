import type { EmergencyAssessment, Level } from '../api/types';

export const assessmentQuestions = ['systemUnusable', 'criticalErrorConfirmed', 'mostUsersAffected', 'workaroundExists'] as const;
export type AssessmentQuestion = (typeof assessmentQuestions)[number];
/** An answer at intake; `undefined` is "не известно". */
export type AssessmentAnswers = Partial<Record<AssessmentQuestion, boolean>>;

/**
 * FAQ 2 of the regulation: any "yes" to the first three questions or no workaround means an
 * emergency; an unanswered question is doubt, and in doubt start as an emergency.
 */
export function suggestedLevel(answers: AssessmentAnswers): Level {
  const { systemUnusable, criticalErrorConfirmed, mostUsersAffected, workaroundExists } = answers;
  if (systemUnusable || criticalErrorConfirmed || mostUsersAffected) return 'EMERGENCY';
  if (workaroundExists === false) return 'EMERGENCY';
  if (assessmentQuestions.some((question) => answers[question] === undefined)) return 'EMERGENCY';
  return 'STANDARD';
}

/**
 * The answered questions as the contract's assessment (the server derives `suggestedLevel`);
 * undefined when nothing was answered.
 */
export function assessmentOf(answers: AssessmentAnswers): EmergencyAssessment | undefined {
  const answered = Object.fromEntries(assessmentQuestions.filter((q) => answers[q] !== undefined).map((q) => [q, answers[q]]));
  if (Object.keys(answered).length === 0) return undefined;
  return answered;
}

/** Whether the suggestion comes from doubt (an unanswered question) rather than an answer. */
export function isDoubt(answers: AssessmentAnswers): boolean {
  const { systemUnusable, criticalErrorConfirmed, mostUsersAffected, workaroundExists } = answers;
  const decided = systemUnusable || criticalErrorConfirmed || mostUsersAffected || workaroundExists === false;
  return !decided && assessmentQuestions.some((question) => answers[question] === undefined);
}
