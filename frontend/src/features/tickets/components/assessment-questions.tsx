import { useTranslation } from 'react-i18next';
import { assessmentQuestions, isDoubt, suggestedLevel, type AssessmentAnswers, type AssessmentQuestion } from './emergency-assessment';

type AssessmentQuestionsProps = {
  answers: AssessmentAnswers;
  onChange: (question: AssessmentQuestion, answer: boolean | undefined) => void;
  disabled?: boolean;
};

const choices = [
  { value: 'yes', answer: true },
  { value: 'no', answer: false },
  { value: 'unknown', answer: undefined },
] as const;

/** The four questions of FAQ 2 (yes / no / unknown) and the level they suggest, live. */
export function AssessmentQuestions({ answers, onChange, disabled = false }: AssessmentQuestionsProps) {
  const { t } = useTranslation();
  const level = suggestedLevel(answers);
  return (
    <fieldset className="assessment" disabled={disabled} aria-describedby="assessment-hint">
      <legend>{t('ticketForm.assessment.legend')}</legend>
      <p id="assessment-hint" className="field-hint">
        {t('ticketForm.assessment.hint')}
      </p>
      {assessmentQuestions.map((question) => (
        <fieldset key={question} className="assessment__question" role="radiogroup" aria-labelledby={`assessment-${question}-legend`}>
          <legend id={`assessment-${question}-legend`}>{t(`ticketForm.assessment.${question}`)}</legend>
          {choices.map(({ value, answer }) => {
            const id = `assessment-${question}-${value}`;
            return (
              <span key={value} className="assessment__choice">
                <input
                  type="radio"
                  id={id}
                  name={`assessment-${question}`}
                  value={value}
                  checked={answers[question] === answer}
                  onChange={() => onChange(question, answer)}
                />
                <label htmlFor={id}>{t(`ticketForm.assessment.${value}`)}</label>
              </span>
            );
          })}
        </fieldset>
      ))}
      <p role="status" className="assessment__suggestion" data-testid="suggested-level" data-level={level}>
        {t('ticketForm.assessment.suggested', { level: t(`level.${level}`) })}
        {isDoubt(answers) && <span className="muted"> ({t('ticketForm.assessment.doubt')})</span>}
      </p>
    </fieldset>
  );
}
