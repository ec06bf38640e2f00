export { ApiClientProvider, useApiClient } from './api-client-context';
export { createApiClient, type AccessTokenSource, type ApiClient } from './client';
export {
  ApiError,
  fieldErrorsOf,
  isProblem,
  isProblemOfType,
  problemTypes,
  type FieldError,
  type Problem,
  type ProblemType,
} from './problem';
export type { components } from './generated/schema';
export {
  calendarDayTypeValues,
  channelValues,
  contactChannelValues,
  dayKindValues,
  downgradeReasonValues,
  emergencyCriterionValues,
  escalationStatusValues,
  levelValues,
  metricValues,
  owedActionActionValues,
  problemCategoryValues,
  solutionPathValues,
  supportEscalationStepValues,
  templateKindValues,
  directionValues,
  escalationSeverityValues,
  webhookEventTypeValues,
  webhookDeliveryStatusValues,
  ticketActionValues,
  ticketStatusValues,
  timerStateValues,
} from './generated/schema';
